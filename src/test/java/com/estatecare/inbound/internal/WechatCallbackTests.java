package com.estatecare.inbound.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/**
 * The official account's callback over HTTP against PostgreSQL: signed per company, fresh, once per MsgId; an owner's
 * message becomes a request and then goes on it, an unknown sender's waits in triage; hostile bodies change nothing.
 */
@EstateCareTest
class WechatCallbackTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WechatAccounts accounts;
    @Autowired
    Organisation organisation;
    @Autowired
    Clock clock;

    private long companyA;
    private long companyB;
    private final String tokenA = "tokA" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    private final String tokenB = "tokB" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);

    @BeforeEach
    void twoCompaniesWithTheirOwnTokens() {
        companyA = api.as("agent").get("/api/v1/me").json().get("companyId").asLong();
        companyB = api.as("hz-agent").get("/api/v1/me").json().get("companyId").asLong();
        accounts.set(companyA, "gh_shanghai", tokenA, organisation.userByUsername("hq"));
        accounts.set(companyB, "gh_hangzhou", tokenB, organisation.userByUsername("hq"));
    }

    @Test
    void echoAnswersOnlyTheCompanysOwnSignatureAndCompanyBsTokenDoesNotVerifyCompanyA() {
        String timestamp = now();
        Api.Response echo = api.anonymous().get(url(companyA, tokenA, timestamp) + "&echostr=hello-wechat");
        assertThat(echo.status()).as(echo.body()).isEqualTo(200);
        assertThat(echo.body()).isEqualTo("hello-wechat");

        for (Api.Caller caller : List.of(api.anonymous(), api.anonymous().english())) {
            Api.Response otherToken = caller.get(url(companyA, tokenB, timestamp) + "&echostr=hello-wechat");
            assertThat(otherToken.status()).as(otherToken.body()).isEqualTo(403);
            assertThat(otherToken.header("Content-Type")).startsWith("application/problem+json");
            assertThat(otherToken.body()).doesNotContain("hello-wechat");
        }
        assertThat(api.anonymous().get(url(companyA, tokenB, timestamp)).json().get("title").asString())
                .isEqualTo("签名无效");
        assertThat(api.anonymous().english().get(url(companyA, tokenB, timestamp)).json().get("title").asString())
                .isEqualTo("Invalid signature");
        assertThat(api.anonymous().get(url(companyB, tokenB, timestamp) + "&echostr=hz").body()).isEqualTo("hz");
        assertThat(api.anonymous().get("/api/v1/inbound/wechat/" + companyA + "?echostr=x").status()).isEqualTo(403);
        assertThat(api.anonymous().get(url(999_999, tokenA, timestamp) + "&echostr=x").status()).isEqualTo(403);
    }

    @Test
    void repeatedMsgIdCreatesOneRequestAndTheNextMessageGoesOnIt() {
        String openid = "oWx_" + UUID.randomUUID().toString().replace("-", "");
        long customer = customer(openid);
        String msgId = msgId();
        String xml = text(openid, "厨房水管漏水，请派人看看", msgId);

        Api.Response first = post(companyA, tokenA, xml);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("Content-Type")).startsWith("application/xml");
        assertThat(first.body()).contains("<ToUserName>" + openid + "</ToUserName>", "<FromUserName>gh_shanghai",
                "已登记为工单 ZX-");
        // WeChat retries: the same MsgId three more times answers the same and registers nothing more
        for (int retry = 0; retry < 3; retry++) {
            assertThat(post(companyA, tokenA, xml).body()).isEqualTo(first.body());
        }
        List<Long> requests = jdbc.sql("select id from request where customer_id = :c").param("c", customer)
                .query(Long.class).list();
        assertThat(requests).hasSize(1);
        JsonNode request = given.get(requests.get(0));
        assertThat(request.get("channel").asString()).isEqualTo("WECHAT");
        assertThat(request.get("description").asString()).isEqualTo("厨房水管漏水，请派人看看");

        // the owner's one open request takes the next message (a voice message with its recognised text)
        Api.Response voice = post(companyA, tokenA, """
                <xml><ToUserName>gh_shanghai</ToUserName><FromUserName>%s</FromUserName><CreateTime>%s</CreateTime>
                <MsgType>voice</MsgType><MediaId>media-voice-1</MediaId><Format>amr</Format>
                <Recognition>师傅几点到</Recognition><MsgId>%s</MsgId></xml>""".formatted(openid, now(), msgId()));
        assertThat(voice.body()).contains("已补充到工单 " + request.get("number").asString());
        assertThat(jdbc.sql("select count(*) from request where customer_id = :c").param("c", customer)
                .query(Long.class).single()).isEqualTo(1);
        JsonNode message = api.as("agent").get("/api/v1/requests/" + requests.get(0) + "/timeline").json()
                .valueStream().filter(e -> "CUSTOMER_MESSAGE".equals(e.get("action").asString())).findFirst()
                .orElseThrow();
        assertThat(message.toString()).contains("师傅几点到", "media-voice-1", "WECHAT");
    }

    @Test
    void anUnknownSenderWaitsInTriageSeenOnlyByStaffOfThatCompany() {
        String stranger = "oWx_" + UUID.randomUUID().toString().replace("-", "");
        Api.Response answered = post(companyA, tokenA, text(stranger, "请问物业电话是多少", msgId()));
        assertThat(answered.body()).contains("客服人员会尽快处理");
        String masked = stranger.substring(0, 4) + "****" + stranger.substring(stranger.length() - 4);

        JsonNode triage = api.as("agent").get("/api/v1/inbound/wechat-messages").json();
        JsonNode item = triage.valueStream().filter(i -> masked.equals(i.get("sender").asString())).findFirst()
                .orElseThrow();
        assertThat(item.get("channel").asString()).isEqualTo("WECHAT");
        assertThat(item.get("text").asString()).isEqualTo("请问物业电话是多少");
        assertThat(triage.toString()).doesNotContain(stranger);
        assertThat(api.as("hz-agent").get("/api/v1/inbound/wechat-messages").body()).doesNotContain(masked);
        assertThat(api.as("owner").get("/api/v1/inbound/wechat-messages").status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from request where description = '请问物业电话是多少'")
                .query(Long.class).single()).isZero();

        JsonNode listed = api.as("agent").get("/api/v1/triage?channel=WECHAT&limit=200").json().get("items");
        assertThat(listed.valueStream().filter(i -> masked.equals(i.get("sender").asString())))
                .as("the agents' one triage list holds it beside the e-mails").singleElement()
                .satisfies(i -> assertThat(i.get("reason").asString()).isEqualTo("UNKNOWN_SENDER"));
        assertThat(listed.toString()).doesNotContain(stranger);
        assertThat(api.as("hz-agent").get("/api/v1/triage?channel=WECHAT&limit=200").body()).doesNotContain(masked);
    }

    @Test
    void hostileCallbacksAreRefusedAndChangeNothing() {
        String openid = "oWx_" + UUID.randomUUID().toString().replace("-", "");
        long customer = customer(openid);
        String id = msgId();
        // a wrong signature, a stale timestamp, another company's token
        assertThat(post(companyA, tokenB, text(openid, "x", id)).status()).isEqualTo(403);
        String stale = String.valueOf(clock.instant().getEpochSecond() - 301);
        Api.Response replay = send(url(companyA, tokenA, stale), text(openid, "x", id));
        assertThat(replay.status()).as(replay.body()).isEqualTo(403);
        assertThat(replay.json().get("title").asString()).isEqualTo("回调已过期");
        // XXE: a DTD naming a local file is refused before any entity could be expanded
        Api.Response xxe = post(companyA, tokenA, """
                <?xml version="1.0"?><!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/hostname">]>
                <xml><FromUserName>%s</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType>
                <Content>&x;</Content><MsgId>%s</MsgId></xml>""".formatted(openid, id));
        assertThat(xxe.status()).as(xxe.body()).isEqualTo(400);
        assertThat(xxe.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
        Api.Response malformed = api.anonymous().english().send(api.anonymous().english()
                .builder(url(companyA, tokenA, now())).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<xml><FromUserName>")));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("body", "WeChat message XML");
        // 1 MB, sixteen times the bound: refused on its Content-Length before a byte is read (a 10 MB body is refused
        // the same way, but Tomcat then closes the connection rather than swallow more than 2 MB, which the JDK's
        // client reports as a broken response instead of the 413)
        byte[] huge = ("<xml><Content>" + "x".repeat(1024 * 1024) + "</Content></xml>").getBytes(StandardCharsets.UTF_8);
        Api.Response tooLarge = api.anonymous().send(api.anonymous().builder(url(companyA, tokenA, now()))
                .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofByteArray(huge)));
        assertThat(tooLarge.status()).isEqualTo(413);

        assertThat(jdbc.sql("select count(*) from request where customer_id = :c").param("c", customer)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from wechat_message where msg_key = :k").param("k", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAdministratorSetsTheTokenOfTheirOwnCompanyAndNeverReadsItBack() {
        Api.Response set = api.as("admin").put("/api/v1/inbound/wechat-accounts/" + companyA,
                Map.of("accountId", "gh_shanghai", "token", tokenA));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        Api.Response read = api.as("admin").get("/api/v1/inbound/wechat-accounts/" + companyA);
        assertThat(read.json().get("tokenSet").asBoolean()).isTrue();
        assertThat(read.body()).doesNotContain(tokenA);
        assertThat(jdbc.sql("select count(*) from wechat_account where position(convert_to(:t, 'UTF8') in token_sealed) > 0")
                .param("t", tokenA).query(Long.class).single()).isZero();
        // another company's account does not exist for a branch that does not cover it
        assertThatThrownBy(() -> accounts.set(companyA, "gh_x", "abc123", organisation.userByUsername("hz-manager")))
                .isInstanceOf(DomainException.NotFound.class);
        assertThat(api.as("hz-manager").get("/api/v1/inbound/wechat-accounts/" + companyA).status()).isEqualTo(403);
        assertThat(api.as("agent").put("/api/v1/inbound/wechat-accounts/" + companyA,
                Map.of("accountId", "gh_x", "token", "abc123")).status()).isEqualTo(403);
        Api.Response badToken = api.as("admin").put("/api/v1/inbound/wechat-accounts/" + companyA,
                Map.of("accountId", "gh_x", "token", "no spaces allowed"));
        assertThat(badToken.status()).isEqualTo(400);
        assertThat(badToken.body()).contains("token");
    }

    private long customer(String openid) {
        JsonNode unit = given.unit();
        Map<String, Object> body = new HashMap<>(Map.of("name", "微信业主" + openid.substring(4, 10), "kind",
                "NEW_OWNER", "grade", "STANDARD", "projectId", unit.get("projectId").asLong(), "wechat", openid));
        Api.Response created = api.as("agent").post("/api/v1/customers", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(api.as("agent").post("/api/v1/customers/" + id + "/ownerships",
                Map.of("unitId", unit.get("id").asLong(), "role", "OWNER")).status()).isEqualTo(201);
        return id;
    }

    private Api.Response post(long company, String token, String xml) {
        return send(url(company, token, now()), xml);
    }

    private Api.Response send(String url, String xml) {
        return api.anonymous().send(api.anonymous().builder(url).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)));
    }

    private String now() {
        return String.valueOf(clock.instant().getEpochSecond());
    }

    private static String url(long company, String token, String timestamp) {
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        return "/api/v1/inbound/wechat/" + company + "?signature=" + WechatSignature.of(token, timestamp, nonce)
                + "&timestamp=" + timestamp + "&nonce=" + nonce;
    }

    private static String msgId() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000_000L);
    }

    private String text(String openid, String content, String msgId) {
        return """
                <xml><ToUserName><![CDATA[gh_shanghai]]></ToUserName><FromUserName><![CDATA[%s]]></FromUserName>
                <CreateTime>%s</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[%s]]></Content>
                <MsgId>%s</MsgId></xml>""".formatted(openid, now(), content, msgId);
    }
}

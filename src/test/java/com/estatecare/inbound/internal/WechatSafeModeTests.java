package com.estatecare.inbound.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.estatecare.organisation.Organisation;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

/**
 * WeChat's safe mode and media over HTTP against PostgreSQL: an account with an EncodingAESKey takes only
 * encrypted messages signed by msg_signature and answers encrypted; anything else is refused and creates nothing.
 * The media of an owner's image or voice message are fetched by MediaId from a media gateway (a local HTTP server
 * standing in for WeChat's relay) into the request's attachments, within the bound; a gateway that was down is
 * fetched from again when the event is delivered again.
 */
@EstateCareTest
class WechatSafeModeTests {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final MediaServer MEDIA = new MediaServer();
    private static final String APP_ID = "wx5afe0de7e5700001";
    private static final String AES_KEY = "Kx7Qm2Vb9Lc4Np8Rt1Wy6Za3Ed5Fg0Hj2Ks7Mn4Pq9R";

    @DynamicPropertySource
    static void mediaGateway(DynamicPropertyRegistry properties) {
        properties.add("estatecare.inbound.wechat.media.url", () -> MEDIA.url("/media"));
        properties.add("estatecare.inbound.wechat.media.token", () -> "media-secret");
        properties.add("estatecare.inbound.wechat.media.max-bytes", () -> "4096");
    }

    @AfterAll
    static void stopMedia() {
        MEDIA.close();
    }

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
    @Autowired
    IncompleteEventPublications incomplete;

    private long companyA;
    private long companyB;
    private final String tokenA = "safeA" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    private final String tokenB = "safeB" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    private final WechatEncryption encryption = WechatEncryption.of(AES_KEY, APP_ID).orElseThrow();

    @BeforeEach
    void companyAInSafeModeCompanyBInPlaintext() {
        companyA = api.as("agent").get("/api/v1/me").json().get("companyId").asLong();
        companyB = api.as("hz-agent").get("/api/v1/me").json().get("companyId").asLong();
        Api.Response set = api.as("admin").put("/api/v1/inbound/wechat-accounts/" + companyA,
                Map.of("accountId", "gh_shanghai", "token", tokenA, "appId", APP_ID, "encodingAesKey", AES_KEY));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("encrypted").asBoolean()).isTrue();
        accounts.set(companyB, "gh_hangzhou", tokenB, organisation.userByUsername("hq"));
    }

    @AfterEach
    void backToPlaintext() {
        accounts.set(companyA, "gh_shanghai", tokenA, organisation.userByUsername("hq"));
        MEDIA.down.set(false);
    }

    @Test
    void anEncryptedMessageOfAnOwnerBecomesARequestAndIsAnsweredEncrypted() {
        String openid = openid();
        long customer = customer(openid);
        String timestamp = now();
        String nonce = nonce();
        Api.Response answered = sendEncrypted(companyA, tokenA, timestamp, nonce,
                encryption.encrypt(text(openid, "客厅墙面开裂，请安排查看", msgId())));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body()).doesNotContain("已登记为工单").startsWith("<xml><Encrypt>");

        String encrypted = field(answered.body(), "Encrypt");
        assertThat(field(answered.body(), "TimeStamp")).isEqualTo(timestamp);
        assertThat(field(answered.body(), "Nonce")).isEqualTo(nonce);
        assertThat(WechatEncryption.verifies(tokenA, timestamp, nonce, encrypted, field(answered.body(),
                "MsgSignature"))).as("the reply is signed with the account's token").isTrue();
        String reply = encryption.decrypt(encrypted).orElseThrow();
        assertThat(reply).contains("<ToUserName>" + openid + "</ToUserName>", "<FromUserName>gh_shanghai",
                "已登记为工单 ZX-");

        List<Long> requests = requestsOf(customer);
        assertThat(requests).hasSize(1);
        JsonNode request = given.get(requests.get(0));
        assertThat(request.get("channel").asString()).isEqualTo("WECHAT");
        assertThat(request.get("description").asString()).isEqualTo("客厅墙面开裂，请安排查看");
        assertThat(api.as("admin").get("/api/v1/inbound/wechat-accounts/" + companyA).body())
                .contains("\"encrypted\":true", APP_ID).doesNotContain(AES_KEY).doesNotContain(tokenA);
        assertThat(jdbc.sql("select count(*) from wechat_account where position(convert_to(:k, 'UTF8') in aes_key_sealed) > 0")
                .param("k", AES_KEY).query(Long.class).single()).as("the key is stored sealed").isZero();
    }

    @Test
    void aWrongMsgSignatureAnotherAppIdPlaintextOrAnotherModeIsRefusedAndCreatesNothing() {
        String openid = openid();
        long customer = customer(openid);
        String id = msgId();
        String xml = text(openid, "恶意消息", id);
        String sealed = encryption.encrypt(xml);

        Api.Response otherToken = sendEncrypted(companyA, tokenA, now(), nonce(), sealed, tokenB);
        assertThat(otherToken.status()).as("msg_signature of another token").isEqualTo(403);
        assertThat(otherToken.json().get("title").asString()).isEqualTo("签名无效");
        String otherApp = WechatEncryption.of(AES_KEY, "wx0000000000000000").orElseThrow().encrypt(xml);
        assertThat(sendEncrypted(companyA, tokenA, now(), nonce(), otherApp).status()).as("another AppID")
                .isEqualTo(403);
        String otherKey = WechatEncryption.of(WechatEncryptionTests.SAMPLE_KEY, APP_ID).orElseThrow().encrypt(xml);
        assertThat(sendEncrypted(companyA, tokenA, now(), nonce(), otherKey).status()).as("another key")
                .isEqualTo(403);
        char[] flipped = sealed.toCharArray(); // a character of the last block: its padding and AppID garbled
        int last = sealed.length() - 6;
        flipped[last] = flipped[last] == 'A' ? 'B' : 'A';
        assertThat(sendEncrypted(companyA, tokenA, now(), nonce(), new String(flipped)).status())
                .as("a changed text, signed again").isEqualTo(403);

        Api.Response plaintext = send(url(companyA, tokenA, now(), nonce()), xml);
        assertThat(plaintext.status()).as("plaintext to a safe-mode account").isEqualTo(403);
        assertThat(plaintext.json().get("title").asString()).isEqualTo("加密模式不符");
        Api.Response english = api.anonymous().english().send(api.anonymous().english()
                .builder(url(companyA, tokenA, now(), nonce())).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)));
        assertThat(english.json().get("title").asString()).isEqualTo("Encryption mode mismatch");
        assertThat(sendEncrypted(companyB, tokenB, now(), nonce(), sealed).status())
                .as("encrypted to the plaintext company B").isEqualTo(403);
        Api.Response unknownMode = send(url(companyA, tokenA, now(), nonce()) + "&encrypt_type=rot13", xml);
        assertThat(unknownMode.status()).isEqualTo(400);
        assertThat(unknownMode.json().get("errors").get(0).get("field").asString()).isEqualTo("encrypt_type");
        Api.Response noEncrypt = sendEnvelope(companyA, tokenA, now(), nonce(), "<xml><ToUserName>gh_shanghai"
                + "</ToUserName></xml>", "0".repeat(40));
        assertThat(noEncrypt.status()).isEqualTo(400);
        assertThat(noEncrypt.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
        assertThat(sendEncrypted(companyA, tokenB, now(), nonce(), sealed).status())
                .as("company B's token for company A").isEqualTo(403);

        assertThat(requestsOf(customer)).isEmpty();
        assertThat(jdbc.sql("select count(*) from wechat_message where msg_key = :k").param("k", id)
                .query(Long.class).single()).isZero();
        assertThat(sendEncrypted(companyA, tokenA, now(), nonce(), sealed).status()).as("and rightly sent, once")
                .isEqualTo(200);
        assertThat(requestsOf(customer)).hasSize(1);
    }

    @Test
    void anAdministratorGivesTheAppIdAndKeyTogetherWellFormed() {
        Api.Response keyOnly = api.as("admin").put("/api/v1/inbound/wechat-accounts/" + companyA,
                Map.of("accountId", "gh_shanghai", "token", tokenA, "encodingAesKey", AES_KEY));
        assertThat(keyOnly.status()).isEqualTo(400);
        assertThat(keyOnly.json().get("errors").get(0).get("field").asString()).isEqualTo("appId");
        Api.Response shortKey = api.as("admin").english().put("/api/v1/inbound/wechat-accounts/" + companyA,
                Map.of("accountId", "gh_shanghai", "token", tokenA, "appId", APP_ID, "encodingAesKey", "abc"));
        assertThat(shortKey.status()).isEqualTo(400);
        assertThat(shortKey.json().get("errors").get(0).get("field").asString()).isEqualTo("encodingAesKey");
        Api.Response hostileApp = api.as("admin").put("/api/v1/inbound/wechat-accounts/" + companyA,
                Map.of("accountId", "gh_shanghai", "token", tokenA, "appId", "wx<script>", "encodingAesKey", AES_KEY));
        assertThat(hostileApp.status()).isEqualTo(400);
        assertThat(api.as("hz-manager").put("/api/v1/inbound/wechat-accounts/" + companyA, Map.of("accountId",
                "gh_x", "token", "abc123", "appId", APP_ID, "encodingAesKey", AES_KEY)).status()).isEqualTo(403);
        assertThat(api.as("admin").get("/api/v1/inbound/wechat-accounts/" + companyA).json().get("encrypted")
                .asBoolean()).as("nothing changed").isTrue();
    }

    @Test
    void theImageAndVoiceOfAnOwnerAreFetchedIntoTheRequestsAttachmentsWithinTheBound() {
        String openid = openid();
        long customer = customer(openid);
        String image = "img-" + UUID.randomUUID();
        assertThat(sendEncrypted(companyA, tokenA, now(), nonce(), encryption.encrypt(media(openid, "image", image,
                msgId()))).status()).isEqualTo(200);
        long request = requestsOf(customer).get(0);
        await().atMost(BOUND).until(() -> attachments(request).size() == 1);
        JsonNode photo = attachments(request).get(0);
        assertThat(photo.get("contentType").asString()).isEqualTo("image/png");
        assertThat(photo.get("filename").asString()).matches("wechat-image-\\d+\\.png");
        assertThat(photo.get("visibility").asString()).as("the owner's own photo").isEqualTo("CUSTOMER");
        assertThat(MEDIA.asked).anySatisfy(asked -> {
            assertThat(asked.get("media_id")).isEqualTo(image);
            assertThat(asked.get("account")).isEqualTo("gh_shanghai");
            assertThat(asked.get("authorization")).isEqualTo("Bearer media-secret");
        });

        // the owner's voice goes on their open request, with its recording
        assertThat(sendEncrypted(companyA, tokenA, now(), nonce(), encryption.encrypt(media(openid, "voice",
                "voice-" + UUID.randomUUID(), msgId()))).status()).isEqualTo(200);
        await().atMost(BOUND).until(() -> attachments(request).size() == 2);
        assertThat(attachments(request)).anySatisfy(a -> {
            assertThat(a.get("contentType").asString()).isEqualTo("audio/amr");
            assertThat(a.get("filename").asString()).endsWith(".amr");
        });

        // too large, an expired MediaId (WeChat's JSON error), a type not taken: the reason kept, nothing attached
        for (String refused : List.of("huge-1", "expired-1", "exe-1")) {
            String id = msgId();
            sendEncrypted(companyA, tokenA, now(), nonce(), encryption.encrypt(media(openid, "image",
                    refused + UUID.randomUUID(), id)));
            await().atMost(BOUND).until(() -> mediaError(id) != null);
        }
        assertThat(attachments(request)).hasSize(2);
        assertThat(requestsOf(customer)).hasSize(1);
    }

    @Test
    void mediaTheGatewayCouldNotServeAreFetchedWhenTheEventIsDeliveredAgain() {
        String openid = openid();
        long customer = customer(openid);
        MEDIA.down.set(true);
        String mediaId = "img-" + UUID.randomUUID();
        String id = msgId();
        assertThat(sendEncrypted(companyA, tokenA, now(), nonce(), encryption.encrypt(media(openid, "image", mediaId,
                id))).status()).as("the callback answers at once, the gateway down or not").isEqualTo(200);
        long request = requestsOf(customer).get(0);
        await().atMost(BOUND).until(() -> MEDIA.asked.stream().anyMatch(a -> mediaId.equals(a.get("media_id"))));
        // the listener's failure is recorded on its publication, which stays incomplete
        await().atMost(BOUND).until(() -> jdbc.sql("""
                select count(*) from event_publication
                where serialized_event like :media and completion_date is null and status = 'FAILED'""")
                .param("media", "%" + mediaId + "%").query(Long.class).single() == 1);
        assertThat(attachments(request)).isEmpty();
        assertThat(mediaError(id)).isNull();

        MEDIA.down.set(false);
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof WechatMediaArrived m
                && m.mediaId().equals(mediaId));
        await().atMost(BOUND).until(() -> attachments(request).size() == 1);
        assertThat(attachments(request).get(0).get("contentType").asString()).isEqualTo("image/png");
    }

    private List<JsonNode> attachments(long request) {
        return api.as("agent").get("/api/v1/requests/" + request + "/attachments").json().valueStream().toList();
    }

    private String mediaError(String msgId) {
        return jdbc.sql("select media_error from wechat_message where msg_key = :k").param("k", msgId)
                .query(String.class).optional().orElse(null);
    }

    private List<Long> requestsOf(long customer) {
        return jdbc.sql("select id from request where customer_id = :c").param("c", customer).query(Long.class).list();
    }

    private long customer(String openid) {
        JsonNode unit = given.unit();
        Map<String, Object> body = new HashMap<>(Map.of("name", "安全模式业主" + openid.substring(4, 10), "kind",
                "NEW_OWNER", "grade", "STANDARD", "projectId", unit.get("projectId").asLong(), "wechat", openid));
        Api.Response created = api.as("agent").post("/api/v1/customers", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(api.as("agent").post("/api/v1/customers/" + id + "/ownerships",
                Map.of("unitId", unit.get("id").asLong(), "role", "OWNER")).status()).isEqualTo(201);
        return id;
    }

    private Api.Response sendEncrypted(long company, String token, String timestamp, String nonce, String encrypted) {
        return sendEncrypted(company, token, timestamp, nonce, encrypted, token);
    }

    /** A safe-mode callback: signed with {@code token}, its msg_signature made with {@code signingToken}. */
    private Api.Response sendEncrypted(long company, String token, String timestamp, String nonce, String encrypted,
            String signingToken) {
        return sendEnvelope(company, token, timestamp, nonce, "<xml><ToUserName><![CDATA[gh_shanghai]]></ToUserName>"
                + "<Encrypt><![CDATA[" + encrypted + "]]></Encrypt></xml>",
                WechatEncryption.signature(signingToken, timestamp, nonce, encrypted));
    }

    private Api.Response sendEnvelope(long company, String token, String timestamp, String nonce, String envelope,
            String msgSignature) {
        return send(url(company, token, timestamp, nonce) + "&encrypt_type=aes&msg_signature=" + msgSignature,
                envelope);
    }

    private Api.Response send(String url, String xml) {
        return api.anonymous().send(api.anonymous().builder(url).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)));
    }

    private static String url(long company, String token, String timestamp, String nonce) {
        return "/api/v1/inbound/wechat/" + company + "?signature=" + WechatSignature.of(token, timestamp, nonce)
                + "&timestamp=" + timestamp + "&nonce=" + nonce + "&openid=ignored";
    }

    private static String field(String xml, String name) {
        int start = xml.indexOf("<" + name + ">") + name.length() + 2;
        return xml.substring(start, xml.indexOf("</" + name + ">"));
    }

    private String now() {
        return String.valueOf(clock.instant().getEpochSecond());
    }

    private static String nonce() {
        return UUID.randomUUID().toString().substring(0, 10);
    }

    private static String openid() {
        return "oWx_" + UUID.randomUUID().toString().replace("-", "");
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

    private String media(String openid, String type, String mediaId, String msgId) {
        return """
                <xml><ToUserName>gh_shanghai</ToUserName><FromUserName>%s</FromUserName><CreateTime>%s</CreateTime>
                <MsgType>%s</MsgType><MediaId>%s</MediaId><Format>amr</Format><MsgId>%s</MsgId></xml>"""
                .formatted(openid, now(), type, mediaId, msgId);
    }

    /**
     * WeChat's media relay on the loopback: a picture for {@code img-…}, an AMR recording for {@code voice-…}, too
     * many bytes for {@code huge-…}, WeChat's JSON error for {@code expired-…}, a program for {@code exe-…}; 503 for
     * everything while {@link #down}. Keeps each request's media id, account and authorization.
     */
    static final class MediaServer implements AutoCloseable {

        final List<Map<String, String>> asked = new CopyOnWriteArrayList<>();
        final AtomicBoolean down = new AtomicBoolean();
        private final HttpServer server;

        MediaServer() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/media", exchange -> {
                Map<String, String> query = new HashMap<>();
                for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                    String[] kv = pair.split("=", 2);
                    query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
                }
                query.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                asked.add(query);
                String mediaId = query.getOrDefault("media_id", "");
                byte[] body;
                String type;
                if (down.get()) {
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                } else if (mediaId.startsWith("voice-")) {
                    body = with("#!AMR\n".getBytes(StandardCharsets.US_ASCII), 200);
                    type = "audio/amr";
                } else if (mediaId.startsWith("huge-")) {
                    body = with(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, 5000);
                    type = "image/png";
                } else if (mediaId.startsWith("expired-")) {
                    body = "{\"errcode\":40007,\"errmsg\":\"invalid media_id\"}".getBytes(StandardCharsets.US_ASCII);
                    type = "application/json";
                } else if (mediaId.startsWith("exe-")) {
                    body = with(new byte[] { 'M', 'Z' }, 300);
                    type = "application/octet-stream";
                } else {
                    body = with(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 300);
                    type = "image/png";
                }
                exchange.getResponseHeaders().add("Content-Type", type);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        private static byte[] with(byte[] head, int length) {
            byte[] body = Arrays.copyOf(head, length);
            Arrays.fill(body, head.length, length, (byte) 7);
            return body;
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}

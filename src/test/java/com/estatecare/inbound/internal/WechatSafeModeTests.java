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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.estatecare.organisation.Organisation;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.estatecare.support.TestClockConfiguration;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

/**
 * WeChat's safe mode and media over HTTP against PostgreSQL: an account with an EncodingAESKey takes only
 * encrypted messages signed by msg_signature and answers encrypted; anything else is refused and creates nothing.
 * The media of an owner's image or voice message are fetched by MediaId from a media gateway (a local HTTP server
 * standing in for WeChat's relay, or a company's own) into the request's attachments or an unknown sender's triage
 * item, within the bound; a relay that was down is tried again with backoff, listed, and retried on request, once.
 * Staff's customer-service replies leave once through the WeChat gateway (the same local server), within the
 * window. The account's settings are refused whole when a field is malformed.
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
        properties.add("estatecare.inbound.wechat.media.max-attempts", () -> "3");
        properties.add("estatecare.inbound.wechat.media.first-retry", () -> "PT1M");
        properties.add("estatecare.inbound.wechat.media.max-retry-delay", () -> "PT4M");
        properties.add("estatecare.inbound.wechat.media.sweep-interval", () -> "PT1H");
        // the customer-service replies leave through the outbox's WeChat gateway: the same local server
        properties.add("estatecare.notifications.gateway.wechat.url", () -> MEDIA.url("/wechat"));
        properties.add("estatecare.notifications.outbox.interval", () -> "PT1S");
        properties.add("estatecare.notifications.outbox.first-retry", () -> "PT1S");
        properties.add("estatecare.notifications.outbox.max-retry-delay", () -> "PT2S");
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
    MutableClock clock;
    @Autowired
    WechatMediaSweep sweep;
    @Autowired
    WechatMediaDownload download;

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
        MEDIA.gatewayStatus.set(200);
        clock.set(TestClockConfiguration.START);
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
    void mediaTheRelayCouldNotServeAreRetriedWithBackoffListedAndFetchedOnAnAdministratorsRetry() {
        String openid = openid();
        long customer = customer(openid);
        MEDIA.down.set(true);
        String mediaId = "img-" + UUID.randomUUID();
        String id = msgId();
        assertThat(sendEncrypted(companyA, tokenA, now(), nonce(), encryption.encrypt(media(openid, "image", mediaId,
                id))).status()).as("the callback answers at once, the relay down or not").isEqualTo(200);
        long request = requestsOf(customer).get(0);
        long message = messageId(id);
        await().atMost(BOUND).until(() -> mediaAttempts(message) == 1);
        JsonNode failure = failure("admin", message);
        assertThat(failure.get("state").asString()).isEqualTo("RETRYING");
        assertThat(failure.get("reason").asString()).isEqualTo("media gateway answered HTTP 503");
        assertThat(failure.get("requestId").asLong()).isEqualTo(request);
        assertThat(failure.toString()).doesNotContain(openid);
        assertThat(failure("hz-manager", message)).as("another company's manager").isNull();
        assertThat(failure("manager", message)).isNotNull();
        assertThat(api.as("agent").get("/api/v1/inbound/wechat-media/failures").status()).isEqualTo(403);

        sweep.sweep();
        assertThat(mediaAttempts(message)).as("not due before its backoff").isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        sweep.sweep();
        assertThat(mediaAttempts(message)).isEqualTo(2);
        clock.advance(Duration.ofSeconds(90));
        sweep.sweep();
        assertThat(mediaAttempts(message)).as("two minutes after the second").isEqualTo(2);
        clock.advance(Duration.ofSeconds(30));
        sweep.sweep();
        assertThat(mediaAttempts(message)).isEqualTo(3);
        assertThat(failure("admin", message).get("state").asString()).as("given up after three").isEqualTo("FAILED");
        clock.advance(Duration.ofHours(1));
        sweep.sweep();
        assertThat(mediaAttempts(message)).as("a given-up download waits for a person").isEqualTo(3);
        assertThat(attachments(request)).isEmpty();

        MEDIA.down.set(false);
        assertThat(api.as("hz-manager").post("/api/v1/inbound/wechat-media/" + message + "/retry", Map.of()).status())
                .as("another company's download").isEqualTo(404);
        assertThat(api.as("agent").post("/api/v1/inbound/wechat-media/" + message + "/retry", Map.of()).status())
                .isEqualTo(403);
        Api.Response retried = api.as("manager").post("/api/v1/inbound/wechat-media/" + message + "/retry", Map.of());
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("state").asString()).isEqualTo("DONE");
        assertThat(attachments(request)).singleElement()
                .satisfies(a -> assertThat(a.get("contentType").asString()).isEqualTo("image/png"));
        assertThat(failure("admin", message)).as("off the list once fetched").isNull();
        Api.Response again = api.as("manager").english().post("/api/v1/inbound/wechat-media/" + message + "/retry",
                Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("title").asString()).isEqualTo("Media already fetched");
        assertThat(api.as("manager").post("/api/v1/inbound/wechat-media/999999999/retry", Map.of()).status())
                .isEqualTo(404);
        assertThat(api.as("manager").get("/api/v1/inbound/wechat-media/failures", Map.of("limit", -1)).status())
                .isEqualTo(400);
        sweep.sweep();
        assertThat(attachments(request)).as("fetched once").hasSize(1);
    }

    @Test
    void twoInstancesTryingTheSameDownloadAtOnceFetchItOnce() throws Exception {
        String openid = openid();
        long customer = customer(openid);
        MEDIA.down.set(true);
        String mediaId = "slow-" + UUID.randomUUID();
        String id = msgId();
        sendEncrypted(companyA, tokenA, now(), nonce(), encryption.encrypt(media(openid, "image", mediaId, id)));
        long request = requestsOf(customer).get(0);
        long message = messageId(id);
        await().atMost(BOUND).until(() -> mediaAttempts(message) == 1);
        MEDIA.down.set(false);
        MEDIA.asked.clear();
        clock.advance(Duration.ofMinutes(1));
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> attempts = two.invokeAll(List.of(() -> download.attempt(message),
                    () -> download.attempt(message)));
            for (java.util.concurrent.Future<String> attempt : attempts) {
                attempt.get();
            }
        } finally {
            two.shutdown();
        }
        sweep.sweep();
        assertThat(MEDIA.asked.stream().filter(a -> mediaId.equals(a.get("media_id")))).hasSize(1);
        assertThat(attachments(request)).hasSize(1);
    }

    @Test
    void theMediaOfAnUnknownSenderWaitInTriageAndFollowTheRequestAnAgentMakesForAChosenCustomerAndUnit() {
        String stranger = openid();
        String id = msgId();
        assertThat(sendEncrypted(companyA, tokenA, now(), nonce(), encryption.encrypt(media(stranger, "image",
                "img-" + UUID.randomUUID(), id))).status()).isEqualTo(200);
        long message = messageId(id);
        long item = jdbc.sql("select triage_id from wechat_message where id = :id").param("id", message)
                .query(Long.class).single();
        await().atMost(BOUND).until(() -> api.as("agent").get("/api/v1/triage/" + item).json().get("item")
                .get("attachments").size() == 1);
        JsonNode detail = api.as("agent").get("/api/v1/triage/" + item).json().get("item");
        assertThat(detail.get("channel").asString()).isEqualTo("WECHAT");
        assertThat(detail.get("sender").asString()).doesNotContain(stranger).contains("****");
        assertThat(detail.get("attachments").get(0).get("contentType").asString()).isEqualTo("image/png");

        // too large for the bound: kept off the item, the reason listed
        String huge = msgId();
        sendEncrypted(companyA, tokenA, now(), nonce(), encryption.encrypt(media(stranger, "image",
                "huge-" + UUID.randomUUID(), huge)));
        await().atMost(BOUND).until(() -> "too-large".equals(mediaError(huge)));
        long hugeItem = jdbc.sql("select triage_id from wechat_message where msg_key = :k").param("k", huge)
                .query(Long.class).single();
        assertThat(api.as("agent").get("/api/v1/triage/" + hugeItem).json().get("item").get("attachments")).isEmpty();
        assertThat(failure("admin", messageId(huge)).get("reason").asString()).isEqualTo("too-large");

        JsonNode unit = api.as("agent").get("/api/v1/units", Map.of("limit", 1)).json().get("items").get(0);
        long customer = customer(openid());
        assertThat(api.as("hz-agent").get("/api/v1/triage/" + item).status()).as("another company's item")
                .isEqualTo(404);
        Api.Response foreign = api.as("hz-agent").post("/api/v1/triage/" + item + "/request",
                Map.of("customerId", customer, "kind", "REPAIR", "unitId", unit.get("id").asLong()));
        assertThat(foreign.status()).isEqualTo(404);
        Api.Response made = api.as("agent").post("/api/v1/triage/" + item + "/request",
                Map.of("customerId", customer, "kind", "REPAIR", "unitId", unit.get("id").asLong(),
                        "category", "HOUSING_QUALITY"));
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        long request = made.json().get("item").get("requestId").asLong();
        JsonNode registered = given.get(request);
        assertThat(registered.get("channel").asString()).isEqualTo("WECHAT");
        assertThat(registered.get("unitId").asLong()).isEqualTo(unit.get("id").asLong());
        assertThat(attachments(request)).singleElement()
                .satisfies(a -> assertThat(a.get("filename").asString()).matches("wechat-image-\\d+\\.png"));
    }

    @Test
    void anAdministratorSetsTheAccountOnItsScreenWithTheKeyMaskedAndACompanysOwnRelay() {
        Api.Response view = api.as("admin").get("/api/v1/inbound/wechat-accounts/" + companyA);
        assertThat(view.json().get("mode").asString()).isEqualTo("SAFE");
        assertThat(view.json().get("encodingAesKeyMasked").asString()).isEqualTo("*".repeat(39) + "Pq9R");
        assertThat(view.body()).doesNotContain(AES_KEY, tokenA);

        // a relay of company B's own, with its own token, instead of the deployment's
        Map<String, Object> relay = new HashMap<>(Map.of("accountId", "gh_hangzhou", "mode", "PLAIN",
                "relayUrl", MEDIA.url("/relay-b"), "relayToken", "relay-b-secret"));
        Api.Response saved = api.as("admin").put("/api/v1/inbound/wechat-accounts/" + companyB, relay);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("tokenSet").asBoolean()).as("the token kept").isTrue();
        assertThat(saved.json().get("relayTokenSet").asBoolean()).isTrue();
        assertThat(saved.body()).doesNotContain("relay-b-secret", tokenB);
        String openid = openid();
        long customer = customerOf(openid, "hz-agent");
        String image = "img-" + UUID.randomUUID();
        assertThat(send(url(companyB, tokenB, now(), nonce()), media(openid, "image", image, msgId())).status())
                .isEqualTo(200);
        long request = requestsOf(customer).get(0);
        await().atMost(BOUND).until(() -> api.as("hz-agent").get("/api/v1/requests/" + request + "/attachments")
                .json().size() == 1);
        assertThat(MEDIA.asked).anySatisfy(asked -> {
            assertThat(asked.get("media_id")).isEqualTo(image);
            assertThat(asked.get("path")).isEqualTo("/relay-b");
            assertThat(asked.get("authorization")).isEqualTo("Bearer relay-b-secret");
        });

        String today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai")).toString();
        Api.Response audited = api.as("auditor").get("/api/v1/audit-log", Map.of("action", "WECHAT_ACCOUNT_CHANGED",
                "recordType", "COMPANY", "recordId", companyB, "from", today, "to", today));
        assertThat(audited.status()).as(audited.body()).isEqualTo(200);
        JsonNode audit = audited.json().get("items").get(0);
        assertThat(audit.toString()).contains("relayUrl", "relayToken").doesNotContain("relay-b-secret", tokenB);
    }

    @Test
    void malformedSettingsAreRefusedNamingTheFieldInTheUsersLanguageAndChangeNothing() {
        String before = api.as("admin").get("/api/v1/inbound/wechat-accounts/" + companyA).body();
        Map<String, Object> base = Map.of("accountId", "gh_shanghai", "mode", "SAFE", "appId", APP_ID);
        assertField(put(base, "appId", "wx123"), "appId", "格式不正确");
        assertField(put(base, "encodingAesKey", AES_KEY.substring(0, 42) + "!"), "encodingAesKey", "格式不正确");
        assertField(put(base, "encodingAesKey", AES_KEY + "A"), "encodingAesKey", null);
        assertField(put(base, "token", "x".repeat(33)), "token", null);
        assertField(put(base, "relayUrl", "javascript:alert(1)"), "relayUrl", null);
        assertField(put(base, "relayUrl", "https://user:pw@relay.example.com/"), "relayUrl", null);
        assertField(put(base, "accountId", "gh_" + "x".repeat(100)), "accountId", null);
        Api.Response english = api.as("admin").english().put("/api/v1/inbound/wechat-accounts/" + companyA,
                with(base, "appId", "not-an-app"));
        assertThat(english.json().get("errors").get(0).get("field").asString()).isEqualTo("appId");
        assertThat(english.json().get("errors").get(0).get("reason").asString()).isEqualTo("is malformed");
        Api.Response noMode = api.as("admin").put("/api/v1/inbound/wechat-accounts/" + companyA,
                Map.of("accountId", "gh_shanghai", "mode", "ROT13"));
        assertThat(noMode.status()).isEqualTo(400);
        assertThat(api.as("admin").put("/api/v1/inbound/wechat-accounts/" + companyA, "x".repeat(40_000)).status())
                .isIn(400, 413);
        assertThat(api.as("admin").put("/api/v1/inbound/wechat-accounts/999999999", base).status()).isEqualTo(404);
        assertThat(api.as("manager").get("/api/v1/inbound/wechat-accounts/" + companyA).status()).isEqualTo(403);
        assertThat(api.as("admin").get("/api/v1/inbound/wechat-accounts/" + companyA).body()).as("nothing changed")
                .isEqualTo(before);
    }

    @Test
    void staffAnswerAnOwnersWechatMessageOnceThroughTheGatewayWithinTheWindowAndAreRefusedAfterIt() {
        String openid = openid();
        long customer = customer(openid);
        assertThat(sendEncrypted(companyA, tokenA, now(), nonce(), encryption.encrypt(text(openid, "卫生间漏水", msgId())))
                .status()).isEqualTo(200);
        long request = requestsOf(customer).get(0);
        JsonNode window = api.as("agent").get("/api/v1/inbound/wechat-replies/window", Map.of("requestId", request))
                .json();
        assertThat(window.get("open").asBoolean()).isTrue();
        assertThat(window.get("linked").asBoolean()).isTrue();

        MEDIA.gatewayStatus.set(503);
        String key = UUID.randomUUID().toString();
        Map<String, Object> reply = Map.of("requestId", request, "text", "您好，维修师傅明天上午上门。");
        Api.Response sent = api.as("agent").header("Idempotency-Key", key).post("/api/v1/inbound/wechat-replies", reply);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        Api.Response retried = api.as("agent").header("Idempotency-Key", key).post("/api/v1/inbound/wechat-replies",
                reply);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        await().atMost(BOUND).until(() -> MEDIA.posted.stream().anyMatch(p -> p.contains(openid) && p.contains("\"msgtype\"")));
        MEDIA.gatewayStatus.set(200);
        clock.advance(Duration.ofSeconds(5));
        await().atMost(BOUND).until(() -> deliveredReplies(openid).size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(BOUND).until(() -> deliveredReplies(openid).size() == 1);
        assertThat(deliveredReplies(openid).get(0)).contains("\"msgtype\":\"text\"", "维修师傅明天上午上门");
        assertThat(jdbc.sql("select count(*) from wechat_reply where request_id = :r").param("r", request)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(api.as("agent").get("/api/v1/requests/" + request + "/timeline").body()).contains("WECHAT_REPLY");

        assertThat(api.as("hz-agent").post("/api/v1/inbound/wechat-replies", reply).status())
                .as("another company's request").isEqualTo(404);
        assertThat(api.as("owner").post("/api/v1/inbound/wechat-replies", reply).status()).isEqualTo(403);
        assertReplyField(Map.of("requestId", request, "text", " "), "text");
        assertReplyField(Map.of("requestId", request, "text", "长".repeat(601)), "text");
        assertReplyField(Map.of("requestId", -1, "text", "好"), "requestId");

        clock.advance(Duration.ofHours(49));
        Api.Response late = api.as("agent").post("/api/v1/inbound/wechat-replies", Map.of("requestId", request,
                "text", "还在吗？"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("48 小时", "模板消息");
        Api.Response lateEn = api.as("agent").english().post("/api/v1/inbound/wechat-replies",
                Map.of("requestId", request, "text", "Still there?"));
        assertThat(lateEn.json().get("detail").asString()).contains("48 hours", "template message");
        assertThat(api.as("agent").get("/api/v1/inbound/wechat-replies/window", Map.of("requestId", request)).json()
                .get("open").asBoolean()).isFalse();
        assertThat(jdbc.sql("select count(*) from wechat_reply where request_id = :r").param("r", request)
                .query(Long.class).single()).as("nothing kept").isEqualTo(1);

        Map<String, Object> walkIn = new HashMap<>(given.repairBody(given.unit().get("id").asLong()));
        walkIn.put("reporter", Map.of("name", "来访人", "phone", "139" + String.format("%08d",
                Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 100_000_000L)));
        long unlinked = given.register(walkIn);
        Api.Response none = api.as("agent").post("/api/v1/inbound/wechat-replies", Map.of("requestId", unlinked,
                "text", "您好"));
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.json().get("title").asString()).isEqualTo("业主未绑定微信");
    }

    @Test
    void aReplyThatWaitedForTheGatewayPastTheWindowIsNotSentFailsWithItsReasonAndTheTimelineSaysSo() {
        String openid = openid();
        long customer = customer(openid);
        assertThat(sendEncrypted(companyA, tokenA, now(), nonce(), encryption.encrypt(text(openid, "阳台渗水", msgId())))
                .status()).isEqualTo(200);
        long request = requestsOf(customer).get(0);
        String number = api.as("agent").get("/api/v1/requests/" + request).json().get("number").asString();

        MEDIA.gatewayStatus.set(503);
        Api.Response sent = api.as("agent").post("/api/v1/inbound/wechat-replies", Map.of("requestId", request,
                "text", "您好，明天上午安排师傅查看。"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        await().atMost(BOUND).until(() -> posted(openid) == 1);
        JsonNode waiting = outboxEntry("admin", number);
        assertThat(waiting.get("state").asString()).as("the gateway was down: to be tried again").isEqualTo("PENDING");

        // the window closes before the sender's next attempt falls due; the gateway is back by then
        MEDIA.gatewayStatus.set(200);
        clock.advance(Duration.ofHours(49));
        await().atMost(BOUND).until(() -> outboxEntry("admin", number).get("state").asString().equals("FAILED"));
        JsonNode failed = outboxEntry("admin", number);
        assertThat(failed.get("lastError").asString()).isEqualTo("wechat-reply-window");
        assertThat(failed.get("attempts").asInt()).as("the gateway was not called again").isEqualTo(1);
        clock.advance(Duration.ofMinutes(10));
        await().during(Duration.ofSeconds(3)).atMost(BOUND).until(() -> posted(openid) == 1);
        assertThat(outboxEntry("admin", number).get("state").asString()).as("not retried").isEqualTo("FAILED");
        assertThat(deliveredReplies(openid)).isEmpty();

        JsonNode undelivered = api.as("agent").get("/api/v1/requests/" + request + "/timeline").json().valueStream()
                .filter(e -> e.get("action").asString().equals("WECHAT_REPLY_UNDELIVERED")).findFirst().orElseThrow();
        assertThat(undelivered.get("visibility").asString()).isEqualTo("INTERNAL");
        assertThat(undelivered.toString()).contains("wechat-reply-window", "TEMPLATE_MESSAGE");
        JsonNode failures = api.as("admin").get("/api/v1/outbox", Map.of("state", "FAILED", "channel", "WECHAT",
                "number", number)).json().get("items");
        assertThat(failures.valueStream().filter(m -> m.get("kind").asString().equals("WECHAT_REPLY")).count())
                .as("in the administrators' list of failures").isEqualTo(1);
        assertThat(api.as("hz-manager").get("/api/v1/outbox", Map.of("number", number)).json().get("items").size())
                .as("another company").isZero();

        // an administrator's retry is checked again: still outside the window, still not sent
        Api.Response retried = api.as("admin").post("/api/v1/outbox/" + failed.get("id").asLong() + "/retry", Map.of());
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        await().atMost(BOUND).until(() -> outboxEntry("admin", number).get("state").asString().equals("FAILED"));
        await().during(Duration.ofSeconds(2)).atMost(BOUND).until(() -> posted(openid) == 1);
    }

    /** The bodies the outbox posted to the WeChat gateway for the OpenID, answered or not. */
    private long posted(String openid) {
        return MEDIA.posted.stream().filter(p -> p.contains(openid) && p.contains("\"msgtype\"")).count();
    }

    /** The request's one WeChat reply in the delivery log (beside its acknowledgement), as the caller reads it. */
    private JsonNode outboxEntry(String who, String number) {
        List<JsonNode> replies = api.as(who).get("/api/v1/outbox", Map.of("channel", "WECHAT", "number", number))
                .json().get("items").valueStream().filter(m -> m.get("kind").asString().equals("WECHAT_REPLY"))
                .toList();
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }

    private List<String> deliveredReplies(String openid) {
        return MEDIA.delivered.stream().filter(p -> p.contains(openid) && p.contains("\"msgtype\"")).toList();
    }

    private void assertReplyField(Map<String, Object> body, String field) {
        Api.Response refused = api.as("agent").post("/api/v1/inbound/wechat-replies", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private Api.Response put(Map<String, Object> base, String field, Object value) {
        return api.as("admin").put("/api/v1/inbound/wechat-accounts/" + companyA, with(base, field, value));
    }

    private static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        Map<String, Object> body = new HashMap<>(base);
        body.put(field, value);
        return body;
    }

    private static void assertField(Api.Response response, String field, String reason) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        if (reason != null) {
            assertThat(response.json().get("errors").get(0).get("reason").asString()).isEqualTo(reason);
        }
    }

    private JsonNode failure(String who, long message) {
        for (JsonNode item : api.as(who).get("/api/v1/inbound/wechat-media/failures", Map.of("limit", 200)).json()
                .get("items")) {
            if (item.get("id").asLong() == message) {
                return item;
            }
        }
        return null;
    }

    private long messageId(String msgId) {
        return jdbc.sql("select id from wechat_message where msg_key = :k").param("k", msgId).query(Long.class)
                .single();
    }

    private int mediaAttempts(long message) {
        return jdbc.sql("select media_attempts from wechat_message where id = :id").param("id", message)
                .query(Integer.class).single();
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
        return customerOf(openid, "agent");
    }

    /** A customer with the OpenID, owner of a unit of the staff member's company. */
    private long customerOf(String openid, String staff) {
        JsonNode unit = api.as(staff).get("/api/v1/units", Map.of("limit", 1)).json().get("items").get(0);
        Map<String, Object> body = new HashMap<>(Map.of("name", "安全模式业主" + openid.substring(4, 10), "kind",
                "NEW_OWNER", "grade", "STANDARD", "projectId", unit.get("projectId").asLong(), "wechat", openid));
        Api.Response created = api.as(staff).post("/api/v1/customers", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(api.as(staff).post("/api/v1/customers/" + id + "/ownerships",
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
        /** The bodies the outbox posted to the WeChat gateway ({@code /wechat}), and those it answered 2xx. */
        final List<String> posted = new CopyOnWriteArrayList<>();
        final List<String> delivered = new CopyOnWriteArrayList<>();
        final java.util.concurrent.atomic.AtomicInteger gatewayStatus = new java.util.concurrent.atomic.AtomicInteger(200);
        private final HttpServer server;

        MediaServer() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/wechat", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                posted.add(body);
                int status = gatewayStatus.get();
                if (status / 100 == 2) {
                    delivered.add(body);
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.createContext("/relay-b", this::serve);
            server.createContext("/media", this::serve);
            server.start();
        }

        /** A relay's answer: the file for the media id, after half a second for {@code slow-…}. */
        private void serve(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
            {
                Map<String, String> query = new HashMap<>();
                for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                    String[] kv = pair.split("=", 2);
                    query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
                }
                query.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                query.put("path", exchange.getRequestURI().getPath());
                asked.add(query);
                String mediaId = query.getOrDefault("media_id", "");
                byte[] body;
                String type;
                if (down.get()) {
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                } else if (mediaId.startsWith("slow-")) {
                    pause();
                    body = with(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 300);
                    type = "image/png";
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
            }
        }

        private static byte[] with(byte[] head, int length) {
            byte[] body = Arrays.copyOf(head, length);
            Arrays.fill(body, head.length, length, (byte) 7);
            return body;
        }

        /** A relay that takes its time, so that two attempts at once would both be in flight. */
        private static void pause() {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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

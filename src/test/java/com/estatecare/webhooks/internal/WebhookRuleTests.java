package com.estatecare.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The webhook rules: the signature an integrator checks, the retry pauses, and the targets refused (SSRF). */
class WebhookRuleTests {

    private static final String BODY = "{\"id\":\"request-registered-1\"}";

    @Test
    void signatureIsHmacSha256OfTimestampDotBodyAsComputedByOpenssl() {
        // printf '%s' '1764115200.{"id":"request-registered-1"}' | openssl dgst -sha256 -hmac whsec_test
        assertThat(WebhookSignature.header("whsec_test", 1764115200L, BODY))
                .isEqualTo("t=1764115200,v1=0182589f3bb66d35f0e5e071e8c15b10c732495101e301685f89c92965d302c0");
    }

    @Test
    void signatureVerifiesOnlyTheSameBodySecretAndAFreshTimestamp() {
        String header = WebhookSignature.header("whsec_test", 1000, BODY);
        assertThat(WebhookSignature.verify("whsec_test", header, BODY, 1100, 300)).isTrue();
        assertThat(WebhookSignature.verify("whsec_other", header, BODY, 1100, 300)).isFalse();
        assertThat(WebhookSignature.verify("whsec_test", header, BODY + " ", 1100, 300)).isFalse();
        assertThat(WebhookSignature.verify("whsec_test", header, BODY, 1400, 300)).as("a replay").isFalse();
        assertThat(WebhookSignature.verify("whsec_test", "t=abc,v1=00", BODY, 1100, 300)).isFalse();
        assertThat(WebhookSignature.verify("whsec_test", null, BODY, 1100, 300)).isFalse();
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheLongestAndAreThenGivenUp() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofMinutes(1), Duration.ofMinutes(10), 6);
        assertThat(backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.after(6)).isNull();
        assertThat(RetryBackoff.DEFAULT.after(9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(RetryBackoff.DEFAULT.after(10)).isNull();
    }

    @Test
    void onlyHttpAndHttpsUrlsWithAHostAreAccepted() {
        WebhookTargets anywhere = new WebhookTargets(true);
        assertThat(anywhere.refusal("https://erp.example.com/hooks")).isEmpty();
        assertThat(anywhere.refusal("http://127.0.0.1:8080/hook")).isEmpty();
        assertThat(anywhere.refusal("file:///etc/passwd")).contains("webhook-scheme");
        assertThat(anywhere.refusal("gopher://example.com/")).contains("webhook-scheme");
        assertThat(anywhere.refusal("ftp://example.com/")).contains("webhook-scheme");
        assertThat(anywhere.refusal("https://user:pw@example.com/")).contains("malformed");
        assertThat(anywhere.refusal("https:///nohost")).contains("malformed");
        assertThat(anywhere.refusal("not a url")).contains("malformed");
        assertThat(anywhere.refusal("https://example.com/" + "a".repeat(2000))).contains("malformed");
    }

    @Test
    void privateLoopbackAndMetadataTargetsAreRefusedWhenNotAllowed() {
        WebhookTargets production = new WebhookTargets(false, WebhookRuleTests::literal);
        assertThat(production.refusal("http://127.0.0.1/")).contains("webhook-private-target");
        assertThat(production.refusal("http://10.1.2.3/")).contains("webhook-private-target");
        assertThat(production.refusal("http://192.168.1.1/")).contains("webhook-private-target");
        assertThat(production.refusal("http://172.16.0.1/")).contains("webhook-private-target");
        assertThat(production.refusal("http://169.254.169.254/latest/meta-data")).contains("webhook-private-target");
        assertThat(production.refusal("http://100.64.0.1/")).contains("webhook-private-target");
        assertThat(production.refusal("http://0.0.0.0/")).contains("webhook-private-target");
        assertThat(production.refusal("http://[::1]/")).contains("webhook-private-target");
        assertThat(production.refusal("http://[fd00::1]/")).contains("webhook-private-target");
        assertThat(production.refusal("http://[::ffff:127.0.0.1]/")).contains("webhook-private-target");
        assertThat(production.refusal("https://93.184.215.14/hook")).isEmpty();
        WebhookTargets unresolved = new WebhookTargets(false, host -> new InetAddress[0]);
        assertThat(unresolved.refusal("https://nowhere.invalid/")).contains("webhook-unresolvable");
    }

    private static InetAddress[] literal(String host) {
        try {
            return new InetAddress[] { InetAddress.getByName(host) };
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

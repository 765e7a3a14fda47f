package com.estatecare.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The portal page's inline scripts and styles are allowed by their hashes, and nothing else inline. */
class PortalPagePolicyRuleTests {

    private static final String BASE = "default-src 'self'";

    @Test
    void eachInlineScriptAndStyleOfThePageIsAllowedByItsSha256() throws Exception {
        String page = "<!doctype html><html><head><script>var a = '</scr' + 'ipt>'</script>"
                + "<style>.a{color:red}</style></head><body><script type=\"module\">import('x')</script>"
                + "<script src=\"/outside.js\"></script></body></html>";
        String policy = PortalPagePolicy.of(BASE, new ByteArrayResource(page.getBytes(StandardCharsets.UTF_8)));
        assertThat(policy).isEqualTo(BASE + "; script-src 'self' 'sha256-" + sha256("var a = '</scr' + 'ipt>'")
                + "' 'sha256-" + sha256("import('x')") + "'; style-src 'self' 'sha256-" + sha256(".a{color:red}") + "'")
                .doesNotContain("unsafe");
    }

    @Test
    void aPageWithoutInlineCodeOrNoPageAtAllKeepsTheBasePolicy() {
        assertThat(PortalPagePolicy.of(BASE, "<html><script src=\"/a.js\"></script></html>")).isEqualTo(BASE);
        assertThat(PortalPagePolicy.of(BASE, new ClassPathResource("no/such/page.html"))).isEqualTo(BASE);
    }

    private static String sha256(String text) throws Exception {
        return Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}

package com.estatecare.inbound.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.inbound.internal.WechatSettingsRule.Mode;
import com.estatecare.inbound.internal.WechatSettingsRule.Settings;
import com.estatecare.inbound.internal.WechatSettingsRule.Stored;
import com.estatecare.platform.FieldProblem;

/** What an administrator may save as a company's official account (公众号设置), field by field. */
class WechatSettingsRuleTests {

    private static final String KEY = "Kx7Qm2Vb9Lc4Np8Rt1Wy6Za3Ed5Fg0Hj2Ks7Mn4Pq9R";
    private static final String APP = "wx5afe0de7e5700001";

    @Test
    void aPlaintextAccountNeedsItsIdAndATokenOnlyTheFirstTime() {
        assertThat(problems(new Settings("gh_a", "Token2026", Mode.PLAIN, null, null, null, null), Stored.NONE))
                .isEmpty();
        assertThat(problems(new Settings("gh_a", null, Mode.PLAIN, null, null, null, null), Stored.NONE))
                .containsExactly("token:required");
        assertThat(problems(new Settings("gh_a", "", Mode.PLAIN, null, null, null, null), new Stored(true, false)))
                .as("an empty token keeps the stored one").isEmpty();
        assertThat(problems(new Settings(null, "Token2026", null, null, null, null, null), Stored.NONE))
                .containsExactly("accountId:required");
        assertThat(problems(new Settings("gh a<b>", "to", null, null, null, null, null), Stored.NONE))
                .containsExactly("accountId:malformed", "token:malformed");
    }

    @Test
    void safeModeNeedsAWellFormedAppIdAndAKeyOf43Base64Characters() {
        assertThat(problems(new Settings("gh_a", "Token2026", Mode.SAFE, APP, KEY, null, null), Stored.NONE)).isEmpty();
        assertThat(problems(new Settings("gh_a", "Token2026", Mode.SAFE, null, null, null, null), Stored.NONE))
                .containsExactly("appId:required", "encodingAesKey:required");
        assertThat(problems(new Settings("gh_a", "Token2026", Mode.SAFE, "wx<script>", KEY.substring(1), null, null),
                Stored.NONE)).containsExactly("appId:malformed", "encodingAesKey:malformed");
        assertThat(problems(new Settings("gh_a", "Token2026", Mode.SAFE, APP, KEY.substring(0, 42) + "=", null, null),
                Stored.NONE)).as("padding is not part of the key").containsExactly("encodingAesKey:malformed");
        assertThat(problems(new Settings("gh_a", "Token2026", Mode.SAFE, APP, "+/" + KEY.substring(2), null, null),
                Stored.NONE)).as("not WeChat's alphabet: letters and digits only").containsExactly("encodingAesKey:malformed");
        assertThat(problems(new Settings("gh_a", null, Mode.SAFE, APP, null, null, null), new Stored(true, true)))
                .as("the stored key stays").isEmpty();
    }

    @Test
    void withoutAModeAnAppIdOrAKeyMeansSafeMode() {
        assertThat(new Settings("gh_a", "t", null, null, KEY, null, null).effectiveMode()).isEqualTo(Mode.SAFE);
        assertThat(new Settings("gh_a", "t", null, null, null, null, null).effectiveMode()).isEqualTo(Mode.PLAIN);
        assertThat(problems(new Settings("gh_a", "Token2026", null, null, KEY, null, null), Stored.NONE))
                .containsExactly("appId:required");
    }

    @Test
    void theRelayIsAnHttpAddressWithoutUserOrFragment() {
        assertThat(WechatSettingsRule.relayUrl("https://relay.example.com/media?x=1")).isTrue();
        assertThat(WechatSettingsRule.relayUrl("http://10.0.0.5:8080/media")).isTrue();
        assertThat(WechatSettingsRule.relayUrl("ftp://relay.example.com/")).isFalse();
        assertThat(WechatSettingsRule.relayUrl("https://user:pw@relay.example.com/")).isFalse();
        assertThat(WechatSettingsRule.relayUrl("https://relay.example.com/#x")).isFalse();
        assertThat(WechatSettingsRule.relayUrl("javascript:alert(1)")).isFalse();
        assertThat(WechatSettingsRule.relayUrl("https://relay.example.com/" + "a".repeat(500))).isFalse();
        assertThat(problems(new Settings("gh_a", "Token2026", null, null, null, "not a url", "two words"),
                Stored.NONE)).containsExactly("relayUrl:malformed", "relayToken:malformed");
    }

    @Test
    void theKeyIsShownByItsLastFourCharactersOnly() {
        assertThat(WechatSettingsRule.masked(KEY)).isEqualTo("*".repeat(39) + "Pq9R").doesNotContain("Kx7Q");
        assertThat(WechatSettingsRule.masked(null)).isNull();
        assertThat(new Settings("gh_a", "Token2026", Mode.SAFE, APP, KEY, null, "relay-secret").toString())
                .doesNotContain(KEY, "Token2026", "relay-secret");
    }

    private static List<String> problems(Settings settings, Stored stored) {
        return WechatSettingsRule.problems(settings, stored).stream()
                .map((FieldProblem p) -> p.field() + ":" + p.reasonCode()).toList();
    }
}

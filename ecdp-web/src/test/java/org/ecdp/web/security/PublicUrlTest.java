package org.ecdp.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void anHttpsAddressMakesTheCookieSecureAndGivesTheOriginBrowsersSend() {
        PublicUrl url = new PublicUrl("https://Portal.Example.org/");
        assertThat(url.isHttps()).isTrue();
        assertThat(url.origin()).contains("https://portal.example.org");
        assertThat(new PublicUrl("https://portal.example.org:443").origin()).contains("https://portal.example.org");
        assertThat(new PublicUrl("https://portal.example.org:8443/ecdp").origin()).contains("https://portal.example.org:8443");
    }

    @Test
    void plainHttpOrNothingConfiguredIsNotHttps() {
        assertThat(new PublicUrl("http://localhost:8080").isHttps()).isFalse();
        assertThat(new PublicUrl(null).isHttps()).isFalse();
        assertThat(new PublicUrl("  ").origin()).isEmpty();
    }

    @Test
    void somethingThatIsNotAWebAddressStopsTheStart() {
        assertThatThrownBy(() -> new PublicUrl("portal.example.org")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ECDP_PUBLIC_URL");
        assertThatThrownBy(() -> new PublicUrl("ftp://portal.example.org")).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginBackingTest {

    @Test
    void afterSignInOnlyPagesOfThisPortalAreReturnedTo() {
        assertThat(LoginBacking.isSafe("/admin/users.xhtml")).isTrue();
        assertThat(LoginBacking.isSafe("//evil.example/phish")).isFalse();
        assertThat(LoginBacking.isSafe("https://evil.example/")).isFalse();
        assertThat(LoginBacking.isSafe("/api/entries")).isFalse();
        assertThat(LoginBacking.isSafe(null)).isFalse();
    }
}

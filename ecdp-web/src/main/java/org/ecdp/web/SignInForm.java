package org.ecdp.web;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * The sign-in form: a username and a password, and whether the last try was refused. A refusal
 * empties the password and never says which of the two was wrong.
 */
public class SignInForm {

    static final String FAILED = "Username or password not recognised. Check both and try again.";

    private String username;
    private String password;
    private boolean failed;

    /** What was typed, empty rather than null, for the identity store to check. */
    UsernamePasswordCredential credential() {
        return new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password);
    }

    void refused() {
        password = null;
        failed = true;
    }

    public boolean isFailed() { return failed; }
    public String getFailureMessage() { return FAILED; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}

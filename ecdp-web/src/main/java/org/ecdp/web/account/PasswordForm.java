package org.ecdp.web.account;

import org.ecdp.domain.validation.InvalidInput;

/**
 * The password form: the password in use, the new one and the new one again. The two new ones
 * must be the same before the portal is asked to change anything (a typing slip would otherwise
 * lock the person out); whether the new one is long enough is the account's rule, not the form's.
 */
public class PasswordForm {

    private String current;
    private String chosen;
    private String repeated;

    /** The new password, once it was typed the same twice; otherwise an InvalidInput naming {@code repeated}. */
    String chosenTwice() {
        if (chosen != null && !chosen.equals(repeated)) {
            throw InvalidInput.of("repeated", "The two new passwords are not the same");
        }
        return chosen;
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getChosen() { return chosen; }
    public void setChosen(String chosen) { this.chosen = chosen; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
}

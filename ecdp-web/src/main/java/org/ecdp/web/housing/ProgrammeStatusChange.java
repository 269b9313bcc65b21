package org.ecdp.web.housing;

import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.programme.boundary.Programmes;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.web.shell.Messages;

/**
 * The set-up page's "Change status" buttons: a programme set up starts recruiting, a recruiting
 * one closes (no more enrolment; evaluators may then see the allocation sequence). Only an
 * administrator changes a programme, or sets one or an instrument up.
 */
final class ProgrammeStatusChange {

    private ProgrammeStatusChange() {
    }

    static boolean startRecruiting(Programmes programmes, Programme programme, boolean admin) {
        return change(() -> programmes.startRecruiting(programme.getId()), programme.getName() + " is recruiting.", admin);
    }

    static boolean close(Programmes programmes, Programme programme, boolean admin) {
        return change(() -> programmes.close(programme.getId()),
                programme.getName() + " is closed: no more enrolment; evaluators can now see the allocation sequence.", admin);
    }

    private static boolean change(Runnable change, String done, boolean admin) {
        try {
            requireAdmin(admin);
            change.run();
            Messages.info(done);
            return true;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of());
            return false;
        }
    }

    static void requireAdmin(boolean admin) {
        if (!admin) {
            throw InvalidInput.of("name", "Only an administrator sets up programmes and instruments");
        }
    }
}

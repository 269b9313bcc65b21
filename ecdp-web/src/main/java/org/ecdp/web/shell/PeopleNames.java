package org.ecdp.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.entity.PortalUser;

/**
 * People's names where pages would otherwise show an account's user name ("by officer"
 * becomes "by Olu Officer"); a user name with no account left is shown as it is. Each name is
 * looked up once per request.
 */
@Named
@RequestScoped
public class PeopleNames {

    @Inject
    Users users;

    private final Map<String, String> names = new HashMap<>();

    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return names.computeIfAbsent(username, u -> users.findByUsername(u).map(PortalUser::getDisplayName)
                .filter(name -> !name.isBlank()).orElse(u));
    }
}

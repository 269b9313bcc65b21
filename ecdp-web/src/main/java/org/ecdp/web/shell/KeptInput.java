package org.ecdp.web.shell;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a person had typed into a page whose Faces view had expired (the view was evicted, or the
 * instance that held it stopped before the grid had it): the fields of the refused post, kept in
 * the session for the next showing of the same page, which puts them back into its form (see
 * {@link ExpiredViewExceptionHandlerFactory}). Nothing of it is acted on: an expired view's post
 * runs no action, since its view state is also the form's guard against cross-site requests.
 * Passwords, Faces' and PrimeFaces' own fields are never kept; the amount kept is bounded.
 *
 * <p>{@link #carry} is how a view-scoped bean rebuilds itself from its form: what the current
 * request posted under a name, or else what was kept from an expired post. A bean that keeps a
 * choice made by Ajax (the capture form's themes) writes it into a hidden field of its form, so an
 * instance that never saw the bean, or a page shown again after its view expired, starts from the
 * same choice.
 */
public record KeptInput(String viewId, Map<String, List<String>> fields, Instant at) implements Serializable {

    static final String SESSION_KEY = KeptInput.class.getName();
    static final String REQUEST_KEY = KeptInput.class.getName() + ".restored";
    private static final String CARRIED_KEY = KeptInput.class.getName() + ".carried.";
    private static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final int MAX_FIELDS = 200;
    private static final int MAX_CHARS = 20_000;

    /** The fields of the current (refused) post, as they may be shown again. */
    static KeptInput of(String viewId, Map<String, String[]> posted, Instant now) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        posted.forEach((name, values) -> {
            if (fields.size() < MAX_FIELDS && kept(name)) {
                fields.put(name, Arrays.stream(values).map(v -> v.length() > MAX_CHARS ? v.substring(0, MAX_CHARS) : v).toList());
            }
        });
        return new KeptInput(viewId, Map.copyOf(fields), now);
    }

    private static boolean kept(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith("jakarta.faces.") && !lower.startsWith("javax.faces.") && !lower.startsWith("primefaces.")
                && !lower.contains("password");
    }

    boolean freshFor(String shownViewId, Instant now) {
        return viewId.equals(shownViewId) && at.plus(LIFETIME).isAfter(now);
    }

    /** The first value of a field, if it was kept. */
    Optional<String> first(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * What the form posted under {@code name} in this request, else what an expired post of this
     * page kept; empty on a first showing.
     */
    public static Optional<String> posted(String name) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String value = external.getRequestParameterMap().get(name);
        if (value != null) {
            return Optional.of(value);
        }
        return restored(external).flatMap(k -> k.first(name));
    }

    /**
     * Hands what the form carried in the hidden field {@code name} ({@link #posted}) to the bean,
     * once a request, at the bean's first use in it (before Faces decodes the form, so chips
     * repeated over the carried choice are there to be clicked). A bean made afresh on another
     * instance, and one left behind on an instance the previous clicks did not reach, both start
     * the request from what the browser shows.
     */
    public static void carry(String name, Consumer<String> into) {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        if (request.putIfAbsent(CARRIED_KEY + name, Boolean.TRUE) == null) {
            posted(name).ifPresent(into);
        }
    }

    /** The kept input being shown again in this request, if any. */
    static Optional<KeptInput> restored(ExternalContext external) {
        return Optional.ofNullable((KeptInput) external.getRequestMap().get(REQUEST_KEY));
    }
}

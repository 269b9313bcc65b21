package org.ecdp.web.mentoring;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecdp.mentoring.match.boundary.Matching;

/**
 * How a run's page names the people in it: a request by its reference, a volunteer by name. The
 * run knows them only by id; one the page cannot find (since removed) is named by its id. Holds the
 * names, not the records, so the view stays small when it is serialised.
 */
public record MatchNames(Map<Long, String> refs, Map<Long, String> volunteers) implements Serializable {

    static MatchNames of(Matching matching) {
        Map<Long, String> refs = new LinkedHashMap<>();
        matching.requestsById().forEach((id, r) -> refs.put(id, r.getRef()));
        Map<Long, String> volunteers = new LinkedHashMap<>();
        matching.volunteersById().forEach((id, v) -> volunteers.put(id, v.getName()));
        return new MatchNames(refs, volunteers);
    }

    public String ref(long requestId) {
        return refs.getOrDefault(requestId, "request " + requestId);
    }

    public String volunteer(long volunteerId) {
        return volunteers.getOrDefault(volunteerId, "volunteer " + volunteerId);
    }
}

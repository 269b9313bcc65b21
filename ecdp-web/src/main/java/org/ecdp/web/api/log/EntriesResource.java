package org.ecdp.web.api.log;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ecdp.logging.entry.boundary.Entries;
import org.ecdp.logging.entry.boundary.KeyedEntries;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.entry.entity.EntryDraft;
import org.ecdp.logging.entry.entity.EntryFilter;
import org.ecdp.logging.entry.entity.EntryPage;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.web.api.JsonInput;
import org.ecdp.web.api.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Lived experience entries: staff in their own services, the officer everywhere. */
@Path("entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"STAFF", "OFFICER"})
public class EntriesResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** What partners see of an entry: no author, no person reference. */
    public record EntryView(long id, String service, LocalDate occurredOn, List<String> themes, String summary,
                            int peopleCount, String channel, String locality, String impairmentGroup, Instant recordedAt) {
        static EntryView of(Entry e) {
            return new EntryView(e.getId(), e.getService().getCode(), e.getOccurredOn(),
                    e.themesByName().stream().map(Theme::getCode).toList(), e.getSummary(), e.getPeopleCount(),
                    e.getChannel() == null ? null : e.getChannel().name(),
                    e.getLocality() == null ? null : e.getLocality().name(),
                    e.getImpairmentGroup() == null ? null : e.getImpairmentGroup().name(), e.getCreatedAt());
        }
    }

    @Inject
    Entries entries;

    @Inject
    KeyedEntries keyedEntries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log an entry in a service you work in; a repeat with the same Idempotency-Key within 24 hours answers the first entry and stores nothing")
    public Response log(JsonObject body, @HeaderParam(IDEMPOTENCY_KEY) String key, @Context UriInfo uri) {
        EntryDraft draft = draft(body);
        Entry entry = keyedEntries.log(draft, key, IDEMPOTENCY_KEY);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(entry.getId())).build())
                .entity(EntryView.of(entry)).build();
    }

    @GET
    @Operation(summary = "Entries you may see, filtered, a page at a time")
    public Page<EntryView> list(@QueryParam("service") String service, @QueryParam("theme") String theme,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("locality") String locality, @QueryParam("channel") String channel,
                                @QueryParam("q") String q,
                                @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Page.check(page, size);
        EntryFilter filter = filter(service, theme, from, to, locality, channel, q);
        EntryPage found = entries.list(filter, page * size, size);
        return new Page<>(found.total(), found.entries().stream().map(EntryView::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One entry you may see")
    public EntryView get(@PathParam("id") long id) {
        return EntryView.of(entries.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an entry: its author within 7 days, the officer at any time; the old version is kept in its history")
    public EntryView edit(@PathParam("id") long id, JsonObject body) {
        return EntryView.of(entries.edit(id, draft(body)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an entry (softly: it stays in its history): its author within 7 days, the officer at any time")
    public Response delete(@PathParam("id") long id) {
        entries.delete(id);
        return Response.noContent().build();
    }

    /** The list's query parameters as a filter; also what an export of the same view uses. */
    static EntryFilter filter(String service, String theme, String from, String to, String locality, String channel, String q) {
        return new EntryFilter(service == null || service.isBlank() ? Set.of() : Set.of(service.strip().toUpperCase()),
                blank(theme), JsonInput.queryDate("from", from), JsonInput.queryDate("to", to), blank(locality), blank(channel), blank(q));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static EntryDraft draft(JsonObject body) {
        JsonInput in = new JsonInput(body);
        EntryDraft draft = new EntryDraft(in.string("service"), in.date("occurredOn"), in.strings("themes"), in.string("summary"),
                in.integer("peopleCount"), in.string("channel"), in.string("locality"), in.string("impairmentGroup"),
                in.string("personRef"), in.string("personalDataReason"));
        in.problems().check(in.has("service"), "service", "Required").check(in.has("occurredOn"), "occurredOn", "Required")
                .check(in.has("summary"), "summary", "Required").check(in.has("themes"), "themes", "Choose at least one theme");
        in.problems().throwIfAny();
        return draft;
    }
}

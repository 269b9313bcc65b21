package org.ecdp.web.api.log;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.imports.boundary.CheckedImports;
import org.ecdp.logging.imports.boundary.ImportResult;
import org.ecdp.logging.imports.boundary.Imports;
import org.ecdp.logging.imports.control.RowRejection;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Import of the old workbook (officer): multipart field {@code file}, an .xlsx with a sheet
 * per service. {@code ?dryRun=true} only checks. A refused import (any rejected row) answers
 * 422 with the same body, and nothing is imported; a file that is no usable workbook is a 400
 * problem naming {@code file}. A dry run without rejected rows keeps the workbook in the database
 * for an hour and answers its {@code checked} token; {@code POST entries/import/checked/{token}}
 * imports that very workbook without sending it again, through any instance of the portal.
 */
@Path("entries/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("OFFICER")
public class EntryImportsResource {

    /** The API's answer: {@code imported} and {@code rejected} as the contract says, with the counts behind them. */
    public record ImportView(int imported, List<RowRejection> rejected, boolean dryRun, int valid, int alreadyInLog,
            String checked) {
        static ImportView of(ImportResult result, String checked) {
            return new ImportView(result.imported(), result.rejected(), result.dryRun(), result.valid(), result.alreadyInLog(),
                    checked);
        }
    }

    @Inject
    Imports imports;

    @Inject
    CheckedImports checkedImports;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import the old lived experience workbook (.xlsx, a sheet per service), all or nothing",
            description = "Multipart field `file`. `dryRun=true` validates only. Rows already imported are skipped. "
                    + "200 {imported, rejected: []}; 422 with the same body when any row is rejected (nothing imported); "
                    + "400 naming `file` when the file is not a usable .xlsx.")
    public Response importWorkbook(List<EntityPart> parts, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        EntityPart file = parts == null ? null
                : parts.stream().filter(p -> "file".equals(p.getName())).findFirst().orElse(null);
        if (file == null) {
            throw InvalidInput.of("file", "Attach the workbook as the multipart field 'file'");
        }
        java.nio.file.Path spooled = null;
        try {
            spooled = Files.createTempFile("ecdp-import-", ".xlsx");
            try (InputStream content = file.getContent()) {
                Files.copy(content, spooled, StandardCopyOption.REPLACE_EXISTING);
            }
            String fileName = file.getFileName().orElse("upload.xlsx");
            if (dryRun) {
                CheckedImports.Checked checked = checkedImports.check(spooled, fileName);
                return Response.ok(ImportView.of(checked.result(), checked.token())).build();
            }
            ImportResult result = imports.importWorkbook(spooled, fileName, false);
            return Response.status(result.refused() ? 422 : 200).entity(ImportView.of(result, null)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(spooled);
        }
    }

    @POST
    @Path("checked/{token}")
    @Operation(summary = "Import the workbook a dry run checked, without sending it again (any instance)",
            description = "`token` is the `checked` of a dry run without rejected rows, kept for an hour and forgotten once "
                    + "imported. 200 {imported, rejected: []}; 422 when rows are rejected now; 400 naming `file` when the "
                    + "workbook is no longer kept (check it again).")
    public Response importChecked(@PathParam("token") String token) {
        ImportResult result = checkedImports.importChecked(token);
        return Response.status(result.refused() ? 422 : 200).entity(ImportView.of(result, null)).build();
    }

    static void deleteQuietly(java.nio.file.Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary directory is cleaned by the system
            }
        }
    }
}

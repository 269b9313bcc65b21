package org.ecdp.web.log;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.imports.boundary.CheckedImports;
import org.ecdp.logging.imports.boundary.ImportResult;
import org.ecdp.logging.imports.control.RowRejection;
import org.ecdp.web.shell.Messages;

/**
 * /log/import.xhtml (officer): upload the old workbook, see what a dry run finds (every
 * rejected row with sheet, row, column and reason), then import the very file that was
 * checked, without uploading it again. A workbook without rejected rows waits in the database
 * ({@link CheckedImports}) under a token this view keeps, so "Import" works on whichever instance
 * it reaches; it is forgotten by the import, by a new check, or after an hour.
 * The checked workbook is imported once: a second "Import" of the same view while the first runs,
 * or after it, adds nothing and says so (and the boundary skips rows already in the log anyway).
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int SHOWN_REJECTIONS = 1000;

    @Inject
    CheckedImports imports;

    private transient Part file;
    private String checkedToken;
    private String fileName;
    private ImportResult result;
    private final AtomicBoolean importing = new AtomicBoolean();
    private volatile String importedAlready;

    public void check() {
        if (file == null || file.getSize() == 0) {
            fileError("Choose the workbook (.xlsx) to check");
            return;
        }
        imports.forget(checkedToken);
        checkedToken = null;
        result = null;
        importedAlready = null;
        Path spooled = null;
        try (InputStream upload = file.getInputStream()) {
            spooled = Files.createTempFile("ecdp-import-", ".xlsx");
            Files.copy(upload, spooled, StandardCopyOption.REPLACE_EXISTING);
            fileName = file.getSubmittedFileName();
            CheckedImports.Checked checked = imports.check(spooled, fileName);
            result = checked.result();
            checkedToken = checked.token();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of("file", "upload:file"));
        } finally {
            deleteQuietly(spooled);
        }
    }

    public String importChecked() {
        if (importedAlready != null) {
            Messages.info(importedAlready + " Importing it again adds nothing.");
            return null;
        }
        if (!importing.compareAndSet(false, true)) {
            Messages.info(fileName + " is being imported now; its entries are added once. Nothing more was imported.");
            return null;
        }
        try {
            return importOnce();
        } finally {
            importing.set(false);
        }
    }

    private String importOnce() {
        if (checkedToken == null || result == null || result.refused()) {
            fileError("Check the workbook first; only a workbook without rejected rows is imported");
            return null;
        }
        try {
            ImportResult done = imports.importChecked(checkedToken);
            if (done.refused()) {
                result = done;
                return null;
            }
            checkedToken = null;
            importedAlready = done.told(fileName);
            Messages.info(importedAlready);
            return "/log/entries?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of("file", "upload:file"));
            return null;
        }
    }

    private static void deleteQuietly(Path spooled) {
        if (spooled != null) {
            try {
                Files.deleteIfExists(spooled);
            } catch (IOException ignored) {
                // the temporary directory is cleaned by the system
            }
        }
    }

    private static void fileError(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, "File: " + text, null));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "File: " + text, null));
        faces.validationFailed();
    }

    public List<RowRejection> getShownRejections() {
        return result == null ? List.of() : result.rejected().stream().limit(SHOWN_REJECTIONS).toList();
    }

    public int getShownLimit() { return SHOWN_REJECTIONS; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public ImportResult getResult() { return result; }
    public String getFileName() { return fileName; }
}

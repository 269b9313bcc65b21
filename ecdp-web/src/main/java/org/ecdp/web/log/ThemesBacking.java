package org.ecdp.web.log;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.web.shell.Messages;

/** /log/themes.xhtml: the officer's theme list: create, rename, move, merge, retire, reinstate. */
@Named
@ViewScoped
public class ThemesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Themes themes;

    @Inject
    Caller caller;

    private List<Theme> all;
    private Map<String, List<String>> aliases;
    private String newAliases;
    private String code;
    private String name;
    private String parent;
    private String selected;
    private String newName;
    private String newParent;
    private String mergeInto;

    @PostConstruct
    void load() {
        all = themes.all();
        aliases = themes.aliasesByCode();
    }

    public void select(Theme theme) {
        selected = theme.getCode();
        newName = theme.getName();
        newParent = theme.getParentCode();
        newAliases = aliasText(theme);
        mergeInto = null;
    }

    public String create() {
        return act(() -> themes.create(code, name, parent), "Theme " + name + " created.",
                Map.of("code", "createForm:code", "name", "createForm:name", "parent", "createForm:parent"));
    }

    public String saveChanges() {
        return act(() -> {
            themes.rename(selected, newName);
            themes.move(selected, newParent);
            themes.nameAliases(selected, newAliases);
        }, "Theme saved.", Map.of("name", "editForm:newName", "parent", "editForm:newParent", "aliases", "editForm:aliases"));
    }

    public String merge() {
        if (mergeInto == null || mergeInto.isBlank()) {
            Messages.invalid(InvalidInput.of("into", "Choose the theme to merge into"), Map.of("into", "editForm:mergeInto"));
            return null;
        }
        return act(() -> themes.merge(selected, mergeInto, caller.username()),
                "Theme merged: its entries now carry the other theme, and its code still finds them.",
                Map.of("into", "editForm:mergeInto"));
    }

    public String retire(Theme theme) {
        return act(() -> themes.retire(theme.getCode()), theme.getName() + " retired: hidden from capture, kept in counts.", Map.of());
    }

    public String reinstate(Theme theme) {
        return act(() -> themes.reinstate(theme.getCode()), theme.getName() + " reinstated.", Map.of());
    }

    private String act(Runnable action, String done, Map<String, String> fields) {
        try {
            action.run();
            Messages.info(done);
            return "/log/themes?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, fields);
            return null;
        } catch (NotFound notFound) {
            Messages.invalid(InvalidInput.of("code", notFound.getMessage()), fields);
            return null;
        }
    }

    public List<Theme> getTopLevel() {
        return all.stream().filter(t -> t.getParent() == null && t.isLive()).toList();
    }

    public List<Theme> getLive() {
        return all.stream().filter(Theme::isLive).toList();
    }

    /** The words that also find a theme when logging, as the officer types them: "atw, AtW". */
    public String aliasText(Theme theme) {
        return String.join(", ", aliases.getOrDefault(theme.getCode(), List.of()).stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
    }

    public List<Theme> getAll() { return all; }
    public String getNewAliases() { return newAliases; }
    public void setNewAliases(String newAliases) { this.newAliases = newAliases; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getParent() { return parent; }
    public void setParent(String parent) { this.parent = parent; }
    public String getSelected() { return selected; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public String getNewParent() { return newParent; }
    public void setNewParent(String newParent) { this.newParent = newParent; }
    public String getMergeInto() { return mergeInto; }
    public void setMergeInto(String mergeInto) { this.mergeInto = mergeInto; }
}

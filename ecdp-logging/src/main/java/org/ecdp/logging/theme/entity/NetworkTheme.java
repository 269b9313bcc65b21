package org.ecdp.logging.theme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One of the network's shared themes (Access to Work, hate crime...): the taxonomy every
 * organisation's own themes map to, so that pooled counts mean the same thing everywhere. Not any
 * one organisation's: a new organisation starts with a theme of its own for each.
 */
@Entity
@Table(name = "network_theme")
public class NetworkTheme implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "parent_code", length = 40)
    private String parentCode;

    protected NetworkTheme() {
    }

    public NetworkTheme(String code, String name, String parentCode) {
        this.code = code;
        this.name = name;
        this.parentCode = parentCode;
    }

    /**
     * Follows the host's theme of the same code when the host renames or moves it: the network's
     * taxonomy is the host's, so its name and parent read the same as the host's.
     */
    public void follow(String newName, String newParentCode) {
        this.name = newName;
        this.parentCode = newParentCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** The broader network theme, or null for a top-level one. */
    public String getParentCode() {
        return parentCode;
    }
}

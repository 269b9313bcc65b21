package org.ecdp.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.audit.entity.AuditRecord;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /admin/audit.xhtml: the audit trail, newest first, loaded a page at a time. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Audit audit;

    private LazyDataModel<AuditRecord> records;

    @PostConstruct
    void init() {
        records = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) audit.count();
            }

            @Override
            public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return audit.latest(first, pageSize);
            }

            @Override
            public String getRowKey(AuditRecord record) {
                return String.valueOf(record.getId());
            }
        };
    }

    public LazyDataModel<AuditRecord> getRecords() {
        return records;
    }
}

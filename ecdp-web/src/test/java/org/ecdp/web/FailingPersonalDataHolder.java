package org.ecdp.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.privacy.entity.PersonalDataHolder;
import org.ecdp.domain.privacy.entity.ProcessingRecord;
import org.ecdp.domain.privacy.entity.RetentionDefault;

/**
 * Added to {@link DataProtectionIT}'s deployment only: a module that fails to erase a reference
 * starting {@value #FAILS}, after every real module (its name sorts last) has done its part, to
 * show that an erasure is all-or-nothing. For every other reference it holds nothing.
 */
@ApplicationScoped
public class FailingPersonalDataHolder implements PersonalDataHolder {

    static final String FAILS = "DPFAIL-";

    @Override
    public String capability() {
        return "zz-failing";
    }

    @Override
    public List<Map<String, Object>> find(String ref) {
        return List.of();
    }

    @Override
    public int erase(String ref) {
        if (ref.startsWith(FAILS)) {
            throw new IllegalStateException("this module could not erase " + ref);
        }
        return 0;
    }

    @Override
    public List<RetentionDefault> retentionDefaults() {
        return List.of();
    }

    @Override
    public int applyRetention(String kind, LocalDate cutOff) {
        return 0;
    }

    @Override
    public List<ProcessingRecord> processing() {
        return List.of();
    }
}

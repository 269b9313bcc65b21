package org.ecdp.logging.export.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

/**
 * POI writes its log through the Log4j API. Without a Log4j provider on the class path the API falls
 * back to its simple logger and prints "ERROR Log4j API could not find a logging provider" at the
 * portal's first start; with log4j-to-jul it logs into java.util.logging, as everything else in Payara.
 */
class PoiLoggingTest {

    @Test
    void poiLogsThroughJavaUtilLogging() {
        assertThat(LogManager.getLogger("org.apache.poi.xssf.usermodel.XSSFWorkbook").getClass().getName())
                .startsWith("org.apache.logging.log4j.tojul.");
        assertThat(LogManager.getFactory().getClass().getName()).startsWith("org.apache.logging.log4j.tojul.");
    }
}

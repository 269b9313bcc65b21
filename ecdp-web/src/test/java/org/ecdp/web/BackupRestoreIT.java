package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.json;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What an organisation without a database administrator does: {@code ./ecdp backup FILE} while
 * the portal runs and entries are being logged, then {@code ./ecdp restore FILE} into a fresh
 * data directory (H2 run) or an empty database (MariaDB run), given nothing but the environment
 * {@code ./ecdp run} gets; the portal started on the restored data finds every entry logged before
 * the backup. A restore over data that is already there is refused and changes nothing.
 */
class BackupRestoreIT {

    @Test
    void aBackupOfTheRunningPortalRestoresIntoAFreshPlaceWithItsEntries() throws Exception {
        ProcessDatabase original = ProcessDatabase.fresh("backup");
        ProcessDatabase restored = ProcessDatabase.fresh("restored");
        if (restored.isMariaDb()) {
            restored.drop(); // restore creates the database itself when it is missing
        }
        String word = "zb" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Path backup = original.dataDir.getParent().resolve(word + (original.isMariaDb() ? ".sql.gz" : ".zip"));
        try {
            try (PortalProcess portal = new PortalProcess("backup", original.env())) {
                portal.start().awaitReady(PortalProcess.STARTUP);
                for (int i = 0; i < 12; i++) {
                    assertThat(post(portal, word, i).statusCode()).isEqualTo(201);
                }
                Launcher result = ecdp(original.env(), "backup", backup.toString());
                assertThat(result.exit).as(result.output).isZero();
                assertThat(backup).isNotEmptyFile();
                System.out.println("backup: " + result.output.strip());

                Launcher overData = ecdp(original.env(), "restore", backup.toString());
                assertThat(overData.exit).as("restore over the running portal's own data").isNotZero();
                assertThat(overData.output).contains("empty");
                assertThat(found(portal, word)).isEqualTo(12);
            }

            Launcher restore = ecdp(restored.env(), "restore", backup.toString());
            assertThat(restore.exit).as(restore.output).isZero();
            System.out.println("restore: " + restore.output.strip());
            try (PortalProcess portal = new PortalProcess("restored", restored.env())) {
                portal.start().awaitReady(PortalProcess.STARTUP);
                assertThat(found(portal, word)).as("entries found in the restored portal").isEqualTo(12);
                assertThat(post(portal, word, 12).statusCode()).as("the restored portal takes new entries").isEqualTo(201);
            }
        } finally {
            Files.deleteIfExists(backup);
            original.drop();
            restored.drop();
        }
    }

    private record Launcher(int exit, String output) {
    }

    /** The launcher at the top of the project, as an operator runs it. */
    private static Launcher ecdp(Map<String, String> env, String... args) throws IOException, InterruptedException {
        File war = new File(System.getProperty("ecdp.war", "target/ecdp.war")).getAbsoluteFile();
        File root = war.getParentFile().getParentFile().getParentFile();
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(new File(root, "ecdp").getPath());
        builder.command().addAll(java.util.List.of(args));
        builder.directory(root).redirectErrorStream(true);
        java.util.List.of("ECDP_DB_URL", "ECDP_DB_USER", "ECDP_DB_PASSWORD", "ECDP_DATA_DIR").forEach(builder.environment()::remove);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Launcher(process.exitValue(), output);
    }

    private int found(PortalProcess portal, String word) throws Exception {
        HttpResponse<String> list = portal.http().as("officer").get("api/entries?q=" + word);
        return json(list.body()).getInt("total");
    }

    private HttpResponse<String> post(PortalProcess portal, String word, int i) throws Exception {
        return portal.http().as("staff").withTimeout(Duration.ofSeconds(30)).post("api/entries", """
                {"service":"ADVOCACY","occurredOn":"%s","themes":["TRANSPORT"],"summary":"Ramp missing at the library %s n%d"}"""
                .formatted(LocalDate.now().minusDays(1), word, i));
    }
}

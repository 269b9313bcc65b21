# Times R's surveillance on the same series the Java timing uses (issue 4 benchmark:
# detection algorithms alone against R, in one run on one machine).
#   Rscript src/test/r/time-detection-in-r.R target/detection-timing
# writes weekly.csv (10 themes x 260 weeks) and daily.csv (200 themes x 1300 working
# days), one series per line, and prints R's time for farringtonFlexible over every
# judgeable week and for earsC C2 over every working day. Then run
#   java -cp <test classpath> org.ecdp.logging.trend.control.DetectionTiming target/detection-timing
suppressMessages(library(surveillance))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "target/detection-timing"
dir.create(dir, showWarnings = FALSE, recursive = TRUE)
set.seed(42)
weekly <- t(sapply(1:10, function(i) rpois(260, (0.5 + i) * exp(0.4 * sin(2 * pi * (1:260) / 52)))))
daily <- t(sapply(1:200, function(i) rpois(1300, 0.2 + i %% 5)))
write.table(weekly, file.path(dir, "weekly.csv"), sep = ",", row.names = FALSE, col.names = FALSE)
write.table(daily, file.path(dir, "daily.csv"), sep = ",", row.names = FALSE, col.names = FALSE)
ctl <- list(b = 3, w = 3, noPeriods = 10, pastWeeksNotIncluded = 26, weightsThreshold = 2.58,
            trend = TRUE, pThresholdTrend = 0.05, alpha = 0.05, thresholdMethod = "delta",
            limit54 = c(5, 4), glmWarnings = FALSE)
fw <- system.time(for (i in 1:nrow(weekly)) farringtonFlexible(sts(observed = weekly[i, ], frequency = 52), control = ctl))[["elapsed"]]
ec <- system.time(for (i in 1:nrow(daily)) earsC(sts(observed = daily[i, ], frequency = 52),
                                                 control = list(method = "C2", baseline = 7, minSigma = 0.5)))[["elapsed"]]
cat(sprintf("R farringtonFlexible: %d weeks judged in %.0f ms (%.3f ms/week)\n", 10 * 101, 1000 * fw, 1000 * fw / 1010))
cat(sprintf("R earsC C2: %d working days judged in %.0f ms\n", 200 * 1291, 1000 * ec))

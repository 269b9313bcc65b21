# Golden fixtures for the portal's spike detection (issue 4).
#
# Generates count series with a fixed seed, runs R's surveillance::earsC
# (C1, C2, C3) and surveillance::farringtonFlexible on them and writes the
# inputs and R's outputs under src/test/resources/detection/. The Java tests
# read these files; they never need R.
#
# Run from the ecdp-logging module directory:
#   Rscript src/test/r/make-detection-fixtures.R
# (Debian: apt-get install r-base-core r-cran-surveillance; made with R 4.x
#  and surveillance 1.20.3.)
#
# Files (periods are 0-based indices; NA where R gives no value):
#   series-<name>.csv            period,count
#   ears-<name>-<config>.csv     period,observed,upperbound,alarm  (R earsC)
#       for C3 also documentedStatistic,documentedUpperbound: the C3
#       statistic and smallest alarming count as API.md defines them,
#       computed here from R's own mean and sd of the C2 baseline
#   farrington-<name>-<config>.csv period,observed,expected,upperbound,alarm
#       "noufaily"       the settings of API.md
#       "noufaily-nolimit" the same with limit54 = c(0, 4), so R reports the
#                        threshold and expected value of every period
#       "b2-w2-p4-past4", "b3-w1-p1" other reference windows and blocks (see below)

suppressMessages(library(surveillance))
out <- "src/test/resources/detection"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
fmt <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
set.seed(20261126)

weeks <- function(n) seq_len(n)
series <- list()
# sparse: a theme that comes up now and then
series$sparse <- rpois(208, 0.4)
# seasonal weekly over five years
t <- weeks(260)
series$seasonal <- rpois(260, 6 * exp(0.6 * sin(2 * pi * t / 52)))
# spikes on a flat background: the Access to Work surge story
x <- rpois(220, 4)
x[c(170, 171, 190, 205, 206, 207)] <- x[c(170, 171, 190, 205, 206, 207)] + c(14, 9, 20, 6, 12, 18)
series$spikes <- x
# runs of zeros between busy spells
x <- rpois(230, 3)
x[c(20:45, 100:130, 175:190)] <- 0
series$zeros <- x
# rising trend over four years
t <- weeks(240)
series$trend <- rpois(240, exp(0.8 + 0.008 * t))
# working-day series for EARS: quiet, then a surge
x <- rpois(80, 2)
x[c(60, 61, 62, 70)] <- x[c(60, 61, 62, 70)] + c(9, 12, 7, 5)
series$workingdays <- x
# a new theme: nothing for years, then a handful of entries (the GLM's edge cases)
x <- integer(200)
x[c(30, 120, 181, 190, 191, 192, 193, 196)] <- c(1, 1, 2, 1, 3, 2, 4, 6)
series$newtheme <- x

for (name in names(series)) {
  y <- series[[name]]
  writeLines(c("period,count", paste(seq_along(y) - 1, y, sep = ",")),
             file.path(out, paste0("series-", name, ".csv")))
}

earsConfigs <- list(
  `c1` = list(method = "C1"),
  `c2` = list(method = "C2"),
  `c3` = list(method = "C3"),
  `c1-b10-a0.05-s1` = list(method = "C1", baseline = 10, alpha = 0.05, minSigma = 1),
  `c2-b7-s0.5` = list(method = "C2", baseline = 7, minSigma = 0.5),
  `c3-b5-a0.01-s0.5` = list(method = "C3", baseline = 5, alpha = 0.01, minSigma = 0.5)
)

for (name in names(series)) {
  y <- series[[name]]
  for (cname in names(earsConfigs)) {
    control <- earsConfigs[[cname]]
    res <- earsC(sts(observed = y, frequency = 52), control = control)
    range <- res@control$range
    cols <- data.frame(period = range - 1, observed = y[range],
                       upperbound = fmt(as.vector(upperbound(res))),
                       alarm = as.vector(alarms(res)))
    if (control$method == "C3") {
      baseline <- if (is.null(control$baseline)) 7 else control$baseline
      minSigma <- if (is.null(control$minSigma)) 0 else control$minSigma
      alpha <- if (is.null(control$alpha)) 0.025 else control$alpha
      z <- qnorm(1 - alpha)
      c2ref <- function(i) {
        ref <- y[(i - baseline - 2):(i - 3)]
        c(mean(ref), max(sd(ref), minSigma))
      }
      excess <- function(i) {
        ms <- c2ref(i)
        max(0, (y[i] - ms[1]) / ms[2] - 1)
      }
      stat <- sapply(range, function(i) excess(i - 2) + excess(i - 1) + excess(i))
      ub <- sapply(range, function(i) {
        ms <- c2ref(i)
        max(0, ms[1] + ms[2] * (1 + z - excess(i - 2) - excess(i - 1)))
      })
      cols$documentedStatistic <- fmt(stat)
      cols$documentedUpperbound <- fmt(ub)
    }
    write.csv(cols, file.path(out, paste0("ears-", name, "-", cname, ".csv")),
              row.names = FALSE, quote = FALSE)
  }
}

noufaily <- list(b = 3, w = 3, noPeriods = 10, pastWeeksNotIncluded = 26,
                 weightsThreshold = 2.58, trend = TRUE, pThresholdTrend = 0.05,
                 alpha = 0.05, thresholdMethod = "delta", limit54 = c(5, 4),
                 reweight = TRUE, powertrans = "2/3", glmWarnings = FALSE)
farringtonConfigs <- list(
  noufaily = noufaily,
  `noufaily-nolimit` = modifyList(noufaily, list(limit54 = c(0, 4))),
  # other shapes of reference data, for the detector's handling of b, w, noPeriods and
  # pastWeeksNotIncluded: two years of 5-week windows with 3 seasonal blocks between them and
  # only the last 4 weeks left out; and three years of 3-week windows alone (noPeriods = 1)
  `b2-w2-p4-past4` = modifyList(noufaily, list(b = 2, w = 2, noPeriods = 4, pastWeeksNotIncluded = 4,
                                               limit54 = c(0, 4))),
  `b3-w1-p1` = modifyList(noufaily, list(w = 1, noPeriods = 1, alpha = 0.01, limit54 = c(0, 4)))
)
for (name in setdiff(names(series), "workingdays")) {
  y <- series[[name]]
  for (cname in names(farringtonConfigs)) {
    range <- (52 * 3 + 3 + 1):length(y)
    res <- farringtonFlexible(sts(observed = y, frequency = 52),
                              control = modifyList(farringtonConfigs[[cname]], list(range = range)))
    cols <- data.frame(period = range - 1, observed = y[range],
                       expected = fmt(as.vector(res@control$expected)),
                       upperbound = fmt(as.vector(upperbound(res))),
                       alarm = as.vector(alarms(res)))
    write.csv(cols, file.path(out, paste0("farrington-", name, "-", cname, ".csv")),
              row.names = FALSE, quote = FALSE)
  }
}
cat("fixtures written to", out, "\n")

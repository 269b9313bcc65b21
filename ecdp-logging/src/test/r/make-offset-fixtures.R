# Golden fixtures for volume-adjusted Farrington detection (issue 17, item 4).
#
# A theme's weekly entries are judged against how many entries of all themes
# the same scope (service or organisation) logged that week, its "volume":
# R's surveillance::farringtonFlexible with population(sts) <- volume and
# control populationOffset = TRUE, the other settings those of API.md
# (Noufaily 2013, as make-detection-fixtures.R uses them). The Java tests read
# the files written here; they never need R.
#
# Run from the ecdp-logging module directory:
#   Rscript src/test/r/make-offset-fixtures.R
# (Debian: apt-get install r-base-core r-cran-surveillance; made with R 4.x
#  and surveillance 1.20.3.)
#
# Every week is asked of R on its own (control range = k): R stops with
# "NA/NaN/Inf in 'y'" for a week one of whose reference weeks had no volume
# at all (log(0) in the offset), and a whole-series call would then give
# nothing. Such a week is written with NA everywhere: R gives no answer.
#
# Files (periods are 0-based indices; NA where R gives no value):
#   series-offset-<name>.csv                   period,count,volume
#   farrington-offset-<name>-<config>.csv      period,observed,expected,upperbound,alarm
#       "noufaily"          API.md's settings with populationOffset = TRUE
#       "noufaily-nolimit"  the same with limit54 = c(0, 4), so R reports the
#                           threshold and expected value of every week
#       "plain"             API.md's settings without the offset (only for the
#                           busy-week series: the detector as it was)

suppressMessages(library(surveillance))
out <- "src/test/resources/detection"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
fmt <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
set.seed(20261205)

series <- list()
# steady volume, the theme a steady share of it, two weeks where the theme
# alone rises (more people than usual raise it, given how many were heard)
vol <- rpois(220, 60)
y <- rbinom(220, vol, 0.1)
y[c(200, 212)] <- y[c(200, 212)] + c(12, 15)
series$steady <- list(count = y, volume = vol)
# seasonal volume (busier in autumn) and a slowly growing share
t <- seq_len(260)
vol <- rpois(260, 50 * exp(0.5 * sin(2 * pi * t / 52)))
y <- rbinom(260, vol, pmin(0.9, 0.05 + 0.0002 * t))
series$seasonal <- list(count = y, volume = vol)
# a rare theme in a busy service: mostly zeros
vol <- rpois(220, 120)
y <- rbinom(220, vol, 0.01)
series$rare <- list(count = y, volume = vol)
# weeks with no volume at all (a service closed over Christmas, a new
# service): R cannot judge a week whose reference weeks include one, and a
# judged week may itself have none
vol <- rpois(240, 40)
vol[c(5, 6, 57, 58)] <- 0
vol[c(225, 233)] <- 0
y <- rbinom(240, vol, 0.15)
series$closures <- list(count = y, volume = vol)

# The busy week everywhere: four themes, each a steady share of a steady
# volume, until a week (index 209, the 210th) when three times as many
# people were heard and every theme rose with them, in proportion. Judged on
# counts, every theme alarms that week; judged per volume, none does.
vol <- rpois(210, 80)
vol[210] <- 3 * 80
shares <- c(A = 0.20, B = 0.12, C = 0.08, D = 0.30)
for (theme in names(shares)) {
  y <- rbinom(210, vol, shares[[theme]])
  y[210] <- round(vol[210] * shares[[theme]])
  series[[paste0("busy-", theme)]] <- list(count = y, volume = vol)
}

for (name in names(series)) {
  s <- series[[name]]
  writeLines(c("period,count,volume",
               paste(seq_along(s$count) - 1, s$count, s$volume, sep = ",")),
             file.path(out, paste0("series-offset-", name, ".csv")))
}

noufaily <- list(b = 3, w = 3, noPeriods = 10, pastWeeksNotIncluded = 26,
                 weightsThreshold = 2.58, trend = TRUE, pThresholdTrend = 0.05,
                 alpha = 0.05, thresholdMethod = "delta", limit54 = c(5, 4),
                 reweight = TRUE, powertrans = "2/3", glmWarnings = FALSE,
                 populationOffset = TRUE)
configs <- list(
  noufaily = noufaily,
  `noufaily-nolimit` = modifyList(noufaily, list(limit54 = c(0, 4))),
  plain = modifyList(noufaily, list(populationOffset = FALSE))
)

judge <- function(s, control, k) {
  stsObj <- sts(observed = matrix(s$count), population = matrix(s$volume),
                frequency = 52)
  res <- tryCatch(farringtonFlexible(stsObj, control = modifyList(control, list(range = k))),
                  error = function(e) NULL)
  if (is.null(res)) {
    return(c(NA, NA, NA))
  }
  c(as.vector(res@control$expected), as.vector(upperbound(res)), as.vector(alarms(res)))
}

for (name in names(series)) {
  s <- series[[name]]
  for (cname in names(configs)) {
    if (cname == "plain" && !startsWith(name, "busy-")) {
      next
    }
    range <- (52 * 3 + 3 + 1):length(s$count)
    judged <- t(sapply(range, function(k) judge(s, configs[[cname]], k)))
    cols <- data.frame(period = range - 1, observed = s$count[range],
                       expected = fmt(judged[, 1]), upperbound = fmt(judged[, 2]),
                       alarm = ifelse(is.na(judged[, 3]), "NA", ifelse(judged[, 3] == 1, "TRUE", "FALSE")))
    write.csv(cols, file.path(out, paste0("farrington-offset-", name, "-", cname, ".csv")),
              row.names = FALSE, quote = FALSE)
  }
}
cat("fixtures written to", out, "\n")

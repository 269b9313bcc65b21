# The R half of bench/compare.sh: R's surveillance on the same inputs as the Java half.
#   Rscript reference.R <dir> <farrington weeks judged per theme> [offset]
# With "offset", also Farrington with the week's volume as population (populationOffset = TRUE).
# Times only the detection calls (R and the package already loaded), writes R's answers
# and times (ms) next to the inputs.
suppressMessages(library(surveillance))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
judged <- as.integer(args[2])
read <- function(name) as.matrix(read.csv(file.path(dir, name), header = FALSE))
daily <- read("daily.csv")
weekly <- read("weekly.csv")
fmt <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
times <- c()
# wall and CPU (user + system) milliseconds of a system.time()
ms <- function(spent) sprintf("%.1f,%.1f", 1000 * spent[["elapsed"]], 1000 * (spent[["user.self"]] + spent[["sys.self"]]))

# EARS C1, C2, C3 as the portal runs them: baseline 7, minSigma 0.5, R's default alphas
ears <- list(c1 = list(method = "C1", baseline = 7, alpha = 0.001, minSigma = 0.5),
             c2 = list(method = "C2", baseline = 7, alpha = 0.001, minSigma = 0.5),
             c3 = list(method = "C3", baseline = 7, alpha = 0.025, minSigma = 0.5))
results <- vector("list", nrow(daily))
spent <- system.time(for (i in seq_len(nrow(daily))) {
  results[[i]] <- lapply(ears, function(control) earsC(sts(observed = daily[i, ], frequency = 52), control = control))
})
times["ears"] <- ms(spent)
for (variant in names(ears)) {
  rows <- do.call(rbind, lapply(seq_len(nrow(daily)), function(i) {
    res <- results[[i]][[variant]]
    data.frame(theme = i - 1, period = res@control$range - 1, upperbound = fmt(as.vector(upperbound(res))),
               alarm = as.vector(alarms(res)))
  }))
  write.csv(rows, file.path(dir, paste0("r-ears-", variant, ".csv")), row.names = FALSE, quote = FALSE)
}

# Farrington flexible with API.md's Noufaily settings over the last `judged` weeks of each theme
noufaily <- list(b = 3, w = 3, noPeriods = 10, pastWeeksNotIncluded = 26, weightsThreshold = 2.58,
                 trend = TRUE, pThresholdTrend = 0.05, alpha = 0.05, thresholdMethod = "delta",
                 limit54 = c(5, 4), reweight = TRUE, powertrans = "2/3", glmWarnings = FALSE,
                 range = (ncol(weekly) - judged + 1):ncol(weekly))
farrington <- function(name, control, population = NULL) {
  results <- vector("list", nrow(weekly))
  spent <- system.time(for (i in seq_len(nrow(weekly))) {
    series <- if (is.null(population)) sts(observed = weekly[i, ], frequency = 52) else
      sts(observed = matrix(weekly[i, ]), population = matrix(population), frequency = 52)
    results[[i]] <- farringtonFlexible(series, control = control)
  })
  times[name] <<- ms(spent)
  rows <- do.call(rbind, lapply(seq_len(nrow(weekly)), function(i) {
    res <- results[[i]]
    data.frame(theme = i - 1, period = control$range - 1, expected = fmt(as.vector(res@control$expected)),
               upperbound = fmt(as.vector(upperbound(res))), alarm = as.vector(alarms(res)))
  }))
  write.csv(rows, file.path(dir, paste0("r-", name, ".csv")), row.names = FALSE, quote = FALSE)
}
farrington("farrington", noufaily)
if (length(args) > 2 && args[3] == "offset") {
  volume <- as.vector(read("volume.csv"))
  farrington("farrington-offset", modifyList(noufaily, list(populationOffset = TRUE)), volume)
}
writeLines(paste(names(times), times, sep = ","), file.path(dir, "r-times.csv"))

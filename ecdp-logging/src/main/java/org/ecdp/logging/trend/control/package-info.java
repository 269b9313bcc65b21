/**
 * Trend algorithms: bucketing entries into a theme's series ({@link org.ecdp.logging.trend.control.Periods})
 * and spike detection equal to R's {@code surveillance} package (EARS C1, C2, C3 and
 * Farrington flexible). Plain Java with Commons Math; no container types.
 */
package org.ecdp.logging.trend.control;

/**
 * Value types of lived experience trends: the interval a series is counted by, a theme's
 * series of periods, and what spike detection says about each period. Plain Java, so the
 * trend algorithms can be tested and benchmarked without a container.
 */
package org.ecdp.logging.trend.entity;

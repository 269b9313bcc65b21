/**
 * Spike alerts: the scans that judge each theme's series (after every new entry, for the
 * themes it touched, and nightly for all), the alerts they raise for the officer (one per
 * theme, method and period), and the officer's review, dismissal or response.
 */
package org.ecdp.logging.alert;

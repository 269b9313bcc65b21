/**
 * The lived experience log: what people tell front-line staff, recorded as entries tagged
 * with themes, in each service's own tab; and the trends, alerts, responses and evidence
 * the lived experience officer builds from them. Replaces the old one-tab-per-service
 * spreadsheet.
 */
package org.ecdp.logging;

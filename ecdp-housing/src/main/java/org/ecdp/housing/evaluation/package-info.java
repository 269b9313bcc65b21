/**
 * The evaluator's comparison of coached and control cohorts: intention-to-treat ANCOVA,
 * Welch's test and Hedges' g on change scores, minimal important change and binary outcomes,
 * with the CONSORT counts. Plain Java over Commons Math; checked against statsmodels / SciPy.
 */
package org.ecdp.housing.evaluation;

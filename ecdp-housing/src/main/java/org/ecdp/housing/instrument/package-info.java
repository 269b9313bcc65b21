/** Outcome instruments as data: items, ranges, scoring rule, minimal important change. */
package org.ecdp.housing.instrument;

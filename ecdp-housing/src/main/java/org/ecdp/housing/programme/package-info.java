/** Programme set-up: schemes, instruments measured, eligibility checklist, strata and bands, block design, status. */
package org.ecdp.housing.programme;

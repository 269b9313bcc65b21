/**
 * What the portal's instances share in memory: caches on the data grid (see {@link org.ecdp.domain.grid.SharedCaches}).
 */
package org.ecdp.domain.grid;

/** Role checks shared by the housing boundaries (who may do what, before what with). */
package org.ecdp.housing.access;

/** The coordinator's peer mentoring pages: one thin backing bean per page under /mentoring. */
package org.ecdp.web.mentoring;

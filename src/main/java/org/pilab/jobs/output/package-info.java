/**
 * Writing result files so that a reader never sees half of one: single files through a temp
 * file renamed into place, whole folders through a staging folder renamed at the end.
 */
package org.pilab.jobs.output;

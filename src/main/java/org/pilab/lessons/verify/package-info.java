/** The proof that every lesson step fails before and passes after its scripted solution. */
package org.pilab.lessons.verify;

/** dpkg's database, the per-release archive catalogue, maintainer-script effects, and the apt/dpkg commands. */
package org.pilab.node.pkg;

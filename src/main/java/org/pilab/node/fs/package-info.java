/** The virtual file system: inodes with owner, group and mode, permission checks, mounts (NFS shares are shared directory objects). */
package org.pilab.node.fs;

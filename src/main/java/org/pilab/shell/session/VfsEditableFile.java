package org.pilab.shell.session;

import org.pilab.node.Host;
import org.pilab.node.fs.FsCredentials;
import org.pilab.node.fs.FsException;
import org.pilab.shell.FullScreenRequest;

/**
 * A file on a virtual host as nano sees it: read with the user's rights at open (a file that
 * does not exist yet opens empty), saved with the same rights, so saving /etc/slurm/slurm.conf
 * without sudo is refused as on a real Pi.
 */
final class VfsEditableFile implements FullScreenRequest.EditableFile {

    private final Host host;
    private final String path;
    private final FsCredentials creds;
    private final String text;

    VfsEditableFile(Host host, String path, FsCredentials creds) {
        this.host = host;
        this.path = path;
        this.creds = creds;
        String t = "";
        try {
            if (host.fs().exists(path)) {
                t = host.fs().read(path, creds);
            }
        } catch (FsException e) {
            t = ""; // nano opens an unreadable file as an empty buffer and complains on save
        }
        this.text = t;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public String save(String newText) {
        try {
            host.fs().write(path, newText, creds, 0644);
            return null;
        } catch (FsException e) {
            return e.errno().message();
        }
    }
}

package khabar.jobs.tables;

import java.io.IOException;
import java.net.URI;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.security.AccessControlException;
import org.apache.hadoop.util.Progressable;

/**
 * The local disk under another scheme, on which creating a file under {@code _staging/} fails as a full disk
 * ({@code fulldisk:}) or a directory without write permission ({@code readonly:}) does; everything else,
 * the run ledger included, works. Register with {@code fs.fulldisk.impl} / {@code fs.readonly.impl}.
 */
public class FailingStagingFileSystem extends RawLocalFileSystem {
    /** Set by {@link #initialize}; RawLocalFileSystem's constructor asks for it before. */
    private URI uri;

    @Override
    public void initialize(URI name, org.apache.hadoop.conf.Configuration conf) throws IOException {
        super.initialize(name, conf);
        uri = URI.create(name.getScheme() + ":///");
        setWorkingDirectory(makeQualified(new Path(System.getProperty("user.dir"))));
    }

    @Override
    public URI getUri() {
        return uri == null ? URI.create("fulldisk:///") : uri;
    }

    @Override
    public String getScheme() {
        return getUri().getScheme();
    }

    private void check(Path f) throws IOException {
        if (f.toString().contains("/" + Warehouse.STAGING + "/")) {
            if (getScheme().equals("readonly")) {
                throw new AccessControlException("Permission denied: " + f);
            }
            throw new IOException("No space left on device");
        }
    }

    @Override
    public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize,
                                     Progressable progress) throws IOException {
        check(f);
        return super.create(f, overwrite, bufferSize, replication, blockSize, progress);
    }

    @Override
    public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
                                     short replication, long blockSize, Progressable progress) throws IOException {
        check(f);
        return super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
    }

    @Override
    public FSDataOutputStream createNonRecursive(Path f, FsPermission permission, boolean overwrite, int bufferSize,
                                                 short replication, long blockSize, Progressable progress)
            throws IOException {
        check(f);
        return super.createNonRecursive(f, permission, overwrite, bufferSize, replication, blockSize, progress);
    }
}

package khabar.jobs;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's local file system ({@code file:}) that reads and sets permissions through java.nio. Without its
 * native library (khabar does not ship it) Hadoop's {@link RawLocalFileSystem} starts a {@code chmod} process
 * for every file and folder it creates, and an {@code ls -ld} process for every file whose owner or permission
 * is asked for: 246 and 16 processes in the sample nightly, 294 {@code chmod} in a 5,000-article one
 * (docs/benchmarks.md, issue 24). Everything else is Hadoop's own. {@link SparkSessions} installs it as
 * {@code spark.hadoop.fs.file.impl}; HDFS and other schemes are untouched.
 */
public class NioLocalFileSystem extends LocalFileSystem {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final boolean UNIX_MODE = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    public NioLocalFileSystem() {
        super(new NioRawLocalFileSystem());
    }

    /** The raw (unchecksummed) local file system under {@link NioLocalFileSystem}. */
    static final class NioRawLocalFileSystem extends RawLocalFileSystem {
        private static boolean hadoopsOwn() {
            return NativeIO.isAvailable() || !POSIX;
        }

        /**
         * As Hadoop's, without a child process: Hadoop's native call when it has its library, else java.nio on a
         * POSIX file system; Hadoop's {@code chmod} process only for what java.nio cannot set (the sticky bit).
         */
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            if (hadoopsOwn() || permission.getStickyBit()) {
                super.setPermission(p, permission);
                return;
            }
            String symbolic = permission.getUserAction().SYMBOL + permission.getGroupAction().SYMBOL
                    + permission.getOtherAction().SYMBOL;
            Files.setPosixFilePermissions(pathToFile(p).toPath(), PosixFilePermissions.fromString(symbolic));
        }

        /**
         * Hadoop's status with its permission, owner and group read by java.nio instead of {@code ls -ld}; a path
         * gone in between is a {@link FileNotFoundException}, as Hadoop's callers expect.
         */
        @Override
        public FileStatus getFileStatus(Path f) throws IOException {
            FileStatus s = super.getFileStatus(f);
            try {
                return withOwnership(s);
            } catch (NoSuchFileException e) {
                throw new FileNotFoundException("File " + f + " does not exist");
            }
        }

        /**
         * Hadoop's listing, each status with its permission, owner and group read by java.nio; an entry deleted
         * between the listing and the read is left out (another task's temporary file, say), not an error.
         */
        @Override
        public FileStatus[] listStatus(Path f) throws IOException {
            FileStatus[] statuses = super.listStatus(f);
            List<FileStatus> out = new ArrayList<>(statuses.length);
            for (FileStatus s : statuses) {
                try {
                    out.add(withOwnership(s));
                } catch (NoSuchFileException e) {
                    // gone since the listing
                }
            }
            return out.toArray(new FileStatus[0]);
        }

        private FileStatus withOwnership(FileStatus s) throws IOException {
            if (hadoopsOwn() || s.isSymlink()) {
                return s;
            }
            java.nio.file.Path file = pathToFile(s.getPath()).toPath();
            PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class);
            FsPermission permission = UNIX_MODE
                    ? new FsPermission((short) ((Integer) Files.getAttribute(file, "unix:mode") & 01777))
                    : FsPermission.valueOf((a.isDirectory() ? "d" : "-") + PosixFilePermissions.toString(a.permissions()));
            return new FileStatus(s.getLen(), s.isDirectory(), s.getReplication(), s.getBlockSize(),
                    s.getModificationTime(), s.getAccessTime(), permission, a.owner().getName(), a.group().getName(),
                    s.getPath());
        }
    }
}

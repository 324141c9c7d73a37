package khabar.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void sparkSessionsWriteLocalFilesThroughIt() throws IOException {
        Configuration conf = TestSpark.session().sparkContext().hadoopConfiguration();
        assertThat(FileSystem.get(URI.create("file:///"), conf)).isInstanceOf(NioLocalFileSystem.class);
    }

    @Test
    void setsTheSamePermissionsAsHadoopsOwnChmod() throws IOException {
        RawLocalFileSystem hadoops = initialized(new RawLocalFileSystem());
        RawLocalFileSystem ours = initialized(new NioLocalFileSystem.NioRawLocalFileSystem());
        for (short mode : List.of((short) 0644, (short) 0600, (short) 0750, (short) 0777, (short) 0000, (short) 0421,
                (short) 01777)) {
            java.nio.file.Path a = Files.createFile(dir.resolve("hadoop-" + Integer.toOctalString(mode)));
            java.nio.file.Path b = Files.createFile(dir.resolve("nio-" + Integer.toOctalString(mode)));
            hadoops.setPermission(new Path(a.toUri()), new FsPermission(mode));
            ours.setPermission(new Path(b.toUri()), new FsPermission(mode));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b)))
                    .as("mode %o", mode)
                    .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
        }
    }

    @Test
    void foldersAndFilesItCreatesGetTheirPermission() throws IOException {
        FileSystem fs = new NioLocalFileSystem();
        fs.initialize(URI.create("file:///"), new Configuration());
        Path folder = new Path(dir.resolve("a/b").toUri());
        assertThat(fs.mkdirs(folder, new FsPermission((short) 0750))).isTrue();
        fs.setPermission(folder, new FsPermission((short) 0705));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))))
                .isEqualTo("rwx---r-x");
        try (var out = fs.create(new Path(folder, "part-0"), new FsPermission((short) 0640), true, 4096, (short) 1,
                1 << 20, null)) {
            out.writeUTF("x");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b/part-0"))))
                .isEqualTo("rw-r-----");
    }

    @Test
    void statusesCarryTheSamePermissionOwnerAndGroupAsHadoopsOwn() throws IOException {
        RawLocalFileSystem hadoops = initialized(new RawLocalFileSystem());
        RawLocalFileSystem ours = initialized(new NioLocalFileSystem.NioRawLocalFileSystem());
        java.nio.file.Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("file"), "x");
        Files.setPosixFilePermissions(sub.resolve("file"), PosixFilePermissions.fromString("rw-r-----"));
        Files.createDirectories(sub.resolve("sticky"));
        hadoops.setPermission(new Path(sub.resolve("sticky").toUri()), new FsPermission((short) 01755));
        Path folder = new Path(sub.toUri());
        var theirs = java.util.Arrays.stream(hadoops.listStatus(folder))
                .map(s -> s.getPath().getName() + " " + s.getPermission() + " " + s.getOwner() + " " + s.getGroup()
                        + " " + s.isDirectory() + " " + s.getLen())
                .sorted().toList();
        var mine = java.util.Arrays.stream(ours.listStatus(folder))
                .map(s -> s.getPath().getName() + " " + s.getPermission() + " " + s.getOwner() + " " + s.getGroup()
                        + " " + s.isDirectory() + " " + s.getLen())
                .sorted().toList();
        assertThat(mine).hasSize(2).isEqualTo(theirs);
        assertThat(mine.get(1)).startsWith("sticky rwxr-xr-t ");
        assertThat(ours.getFileStatus(new Path(sub.resolve("file").toUri())).getPermission())
                .isEqualTo(hadoops.getFileStatus(new Path(sub.resolve("file").toUri())).getPermission())
                .isEqualTo(new FsPermission((short) 0640));
    }

    @Test
    void aMissingFileIsNotFoundAsInHadoop() throws IOException {
        RawLocalFileSystem ours = initialized(new NioLocalFileSystem.NioRawLocalFileSystem());
        Path absent = new Path(dir.resolve("absent").toUri());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ours.getFileStatus(absent))
                .isInstanceOf(java.io.FileNotFoundException.class);
        assertThat(ours.exists(absent)).isFalse();
    }

    @Test
    void aMissingPathIsAnError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            RawLocalFileSystem ours = initialized(new NioLocalFileSystem.NioRawLocalFileSystem());
            ours.setPermission(new Path(dir.resolve("absent").toUri()), new FsPermission((short) 0644));
        }).isInstanceOf(IOException.class);
    }

    private static <T extends FileSystem> T initialized(T fs) throws IOException {
        fs.initialize(URI.create("file:///"), new Configuration());
        return fs;
    }
}

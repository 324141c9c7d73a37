package khabar.jobs.nightly;

import java.util.List;

import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** Spark's row encoders take array columns as Scala sequences, not Java lists. */
final class ScalaSeqs {
    private ScalaSeqs() {
    }

    static <T> Seq<T> of(List<T> list) {
        return CollectionConverters.asScala(list).toSeq();
    }
}

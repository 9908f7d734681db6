package dev.pyxc.support;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Dynamic tests whose work (gcc builds, interpreter runs) is done one per core in the background:
 * each test waits for its own item and reports its failure, in the items' order.
 */
public final class InParallel {
  private InParallel() {}

  /** The check of one item; throws (an assertion) when the item fails. */
  public interface Check<T> {
    void run(T item) throws Exception;
  }

  public static <T> Stream<DynamicTest> tests(List<T> items, Function<T, String> name, Check<T> check) {
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    List<Future<Void>> done = items.stream().map(item -> pool.<Void>submit(() -> {
      check.run(item);
      return null;
    })).toList();
    pool.shutdown();
    return IntStream.range(0, items.size()).mapToObj(i -> DynamicTest.dynamicTest(name.apply(items.get(i)), () -> {
      try {
        done.get(i).get();
      } catch (ExecutionException e) {
        throw e.getCause();
      }
    })).onClose(pool::shutdownNow);
  }
}

package org.ecdp.domain.grid;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The memory every portal instance shares: JCache (JSR 107) caches on Payara's data grid
 * (Hazelcast). With one instance the grid is that instance's memory; with several
 * ({@code ./ecdp cluster}) an entry one instance writes is the entry every instance reads, so a
 * limit kept here (the sign-in throttle) holds for the whole cluster, not once per instance.
 *
 * <p>Rules for what goes in: keys are strings and values are JDK types ({@code String},
 * {@code byte[]}), never the portal's own classes, so any member can hold and copy them without
 * the portal's class loader. An entry is forgotten a fixed time after it was last written; the
 * grid bounds each cache (Hazelcast evicts the least recently used entries beyond 10,000 per
 * member). {@link #update} changes an entry atomically across the cluster by compare-and-set.
 */
@ApplicationScoped
public class SharedCaches {

    /** Where Payara binds the data grid's cache manager. */
    static final String PAYARA_CACHE_MANAGER = "payara/CacheManager";

    private CacheManager manager;

    public SharedCaches() {
    }

    /** Over a given cache manager (unit tests: a local JCache provider). */
    public SharedCaches(CacheManager manager) {
        this.manager = manager;
    }

    @PostConstruct
    void find() {
        if (manager != null) {
            return;
        }
        try {
            manager = (CacheManager) new InitialContext().lookup(PAYARA_CACHE_MANAGER);
        } catch (NamingException | ClassCastException notPayara) {
            manager = Caching.getCachingProvider().getCacheManager();
        }
    }

    /** The cache of this name, made on first use by whichever instance comes first. */
    public <V> Cache<String, V> cache(String name, Class<V> type, Duration forgetAfterWrite) {
        Cache<String, V> cache = manager.getCache(name, String.class, type);
        if (cache != null) {
            return cache;
        }
        MutableConfiguration<String, V> config = new MutableConfiguration<String, V>()
                .setTypes(String.class, type)
                .setStoreByValue(true)
                .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                        new javax.cache.expiry.Duration(TimeUnit.MILLISECONDS, forgetAfterWrite.toMillis())));
        try {
            return manager.createCache(name, config);
        } catch (CacheException anotherInstanceMadeIt) {
            return manager.getCache(name, String.class, type);
        }
    }

    /**
     * Replaces the entry under {@code key} by {@code change(old)} (null: absent; a null result
     * removes it), atomically across the cluster: the change is computed again when another
     * thread or instance wrote the entry in between. Returns what was written.
     */
    public static <V> V update(Cache<String, V> cache, String key, UnaryOperator<V> change) {
        while (true) {
            V old = cache.get(key);
            V next = change.apply(old);
            boolean done;
            if (old == null) {
                done = next == null || cache.putIfAbsent(key, next);
            } else if (next == null) {
                done = cache.remove(key, old);
            } else {
                done = old.equals(next) || cache.replace(key, old, next);
            }
            if (done) {
                return next;
            }
        }
    }
}

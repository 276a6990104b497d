package id.cerita.ops;

import java.util.concurrent.TimeUnit;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import id.cerita.consent.PressKitDownloads;
import id.cerita.search.StorySearch;

/**
 * Times every story search ({@code cerita.search.latency}, tagged {@code outcome}, whichever page or API asked) and
 * counts press kit downloads ({@code cerita.press.kits.downloaded}) where they happen, in the services, rather than
 * in each of the controllers that call them. The modules below cms-web know nothing of Micrometer.
 */
@Component
class MethodMeters implements BeanPostProcessor {

    private final ObjectProvider<MeterRegistry> registry;

    MethodMeters(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        Class<?> type = AopUtils.getTargetClass(bean);
        if (StorySearch.class.isAssignableFrom(type)) {
            return proxy(bean, timeSearches());
        }
        if (PressKitDownloads.class.isAssignableFrom(type)) {
            return proxy(bean, countDownloads());
        }
        return bean;
    }

    private MethodInterceptor timeSearches() {
        return invocation -> {
            if (!invocation.getMethod().getName().equals("search")) {
                return invocation.proceed();
            }
            // search(query, scope) calls search(query, scope, true) on the target, not through here: timed once
            long started = System.nanoTime();
            String outcome = "error";
            try {
                Object result = invocation.proceed();
                outcome = "ok";
                return result;
            } finally {
                Timer.builder("cerita.search.latency").description("story searches, from query to results")
                    .tag("outcome", outcome).publishPercentileHistogram().register(registry.getObject())
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        };
    }

    private MethodInterceptor countDownloads() {
        return invocation -> {
            Object result = invocation.proceed();
            if (invocation.getMethod().getName().equals("record")) {
                Counter.builder("cerita.press.kits.downloaded").description("press kits downloaded by journalists")
                    .register(registry.getObject()).increment();
            }
            return result;
        };
    }

    private static Object proxy(Object bean, MethodInterceptor interceptor) {
        if (bean instanceof Advised advised && !advised.isFrozen()) {
            // already a proxy (transactions): one more advice on it rather than a proxy of a proxy
            advised.addAdvice(interceptor);
            return bean;
        }
        ProxyFactory factory = new ProxyFactory(bean);
        factory.setProxyTargetClass(true);
        factory.addAdvice(interceptor);
        return factory.getProxy(bean.getClass().getClassLoader());
    }
}

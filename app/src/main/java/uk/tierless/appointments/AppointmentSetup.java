package uk.tierless.appointments;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantRegistry;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * On start, after the councils: copies each council's checked {@code appointments.yaml} into the database when the
 * council has no appointment setup yet (after that its administrators change it in Tierless), then generates every
 * council's slots; and again every {@code tierless.appointments.generate-every}, so the horizon rolls on. Several
 * instances may generate at once: the inserts are idempotent.
 */
@ApplicationScoped
public class AppointmentSetup {

    @Inject
    AppointmentsFile file;

    @Inject
    CouncilDirectory councils;

    @Inject
    TenantScope tenantScope;

    @Inject
    SlotGenerator generator;

    @Inject
    Clock clock;

    /** The councils with an appointment setup, and the service each books: takes() is asked outside a transaction. */
    private final Map<String, String> serviceOf = new ConcurrentHashMap<>();

    void onStart(@Observes @Priority(TenantRegistry.STARTUP_PRIORITY + 20) StartupEvent event) {
        file.definitions().forEach((council, definition) -> tenantScope.run(council, () -> seedIfNew(definition)));
        generateAll();
    }

    @Scheduled(every = "${tierless.appointments.generate-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void generateAll() {
        for (CouncilView council : councils.members()) {
            generate(council.slug());
        }
    }

    /** Generates the council's slots from today; answers whether it has an appointment setup at all. */
    public boolean generate(String council) {
        String service = tenantScope.call(council, () -> {
            AppointmentSettings settings = AppointmentSettings.find();
            if (settings != null) {
                generator.generateAll(AppointmentWords.today(clock));
            }
            return settings == null ? null : settings.serviceCode;
        });
        if (service == null) {
            serviceOf.remove(council);
        } else {
            serviceOf.put(council, service);
        }
        return service != null;
    }

    /** The service the council books at its register offices, if it has an appointment setup. */
    String serviceOf(String council) {
        return serviceOf.get(council);
    }

    private static void seedIfNew(AppointmentsDefinition definition) {
        if (AppointmentSettings.find() != null) {
            return;
        }
        AppointmentSettings settings = new AppointmentSettings();
        settings.serviceCode = definition.service();
        settings.phone = definition.phone().trim();
        if (definition.window() != null) {
            settings.windowFromAnswer = definition.window().fromAnswer();
            settings.windowDays = definition.window().days();
        }
        settings.persist();
        closures(definition.closures(), null);
        List<AppointmentsDefinition.Office> offices = definition.offices();
        for (int i = 0; i < offices.size(); i++) {
            AppointmentsDefinition.Office written = offices.get(i);
            RegisterOffice office = new RegisterOffice();
            office.code = written.id();
            office.name = written.name().trim();
            office.address = written.address().trim();
            office.openingTimes = written.openingTimes().trim();
            office.position = i;
            office.persist();
            for (AppointmentsDefinition.Rule fromFile : written.rules()) {
                Set<DayOfWeek> days = fromFile.days().stream().map(AppointmentsFile::day).collect(Collectors.toSet());
                for (DayOfWeek day : days) {
                    OfficeRule rule = new OfficeRule();
                    rule.officeId = office.id;
                    rule.dayOfWeek = day.getValue();
                    rule.opens = AppointmentsFile.time(fromFile.opens());
                    rule.closes = AppointmentsFile.time(fromFile.closes());
                    rule.slotMinutes = fromFile.slotMinutes();
                    rule.registrars = fromFile.registrars();
                    rule.persist();
                }
            }
            closures(written.closures(), office);
        }
    }

    private static void closures(List<AppointmentsDefinition.ClosureDays> written, RegisterOffice office) {
        for (AppointmentsDefinition.ClosureDays days : written == null ? List.<AppointmentsDefinition.ClosureDays>of() : written) {
            Closure closure = new Closure();
            closure.officeId = office == null ? null : office.id;
            closure.firstDay = days.from();
            closure.lastDay = days.to();
            closure.reason = days.reason().trim();
            closure.persist();
        }
    }
}

// Fresh means fresh: every program the tests and the test command call comes
// from a package that the roles "build" and "test" of
// packaging/debian-packages.txt install (directly or as a dependency), or from
// a package every Debian system has. A program installed by hand on one
// machine passes there and fails on the next one; this test names it.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

namespace {

// Who calls what. A test that starts a new program adds a line here.
struct ProgramUse
{
    const char *program;
    const char *usedBy;
};

constexpr ProgramUse programsTheTestsCall[] = {
    {"cmake", "packaging/dev.sh (configure, build), appliance_files (cmake --install)"},
    {"ninja", "packaging/dev.sh (build)"},
    {"ctest", "packaging/dev.sh test"},
    {"g++", "packaging/dev.sh (build)"},
    {"pdftotext", "tst_callbackexport"},
    {"soffice", "tst_csvspreadsheet"},
    {"pdfinfo", "tst_callbackexport"},
    {"python3", "tst_csvwriter, tst_staffcommands, tests/e2e/kiosk-e2e.sh"},
    {"unshare", "tst_callbackfaults"},
    {"mount", "tst_callbackfaults"},
    {"sh", "tst_callbackfaults"},
    {"zbarimg", "tst_qrcodewidget, tst_articlepage"},
    {"Xvfb", "tests/e2e/kiosk-e2e.sh, tst_kiosklifecycle"},
    {"xdpyinfo", "tests/e2e/kiosk-e2e.sh, tst_kiosklifecycle"},
    {"xdotool", "tests/e2e/kiosk-e2e.sh, tst_kiosklifecycle"},
    {"import", "tests/e2e/kiosk-e2e.sh, tst_kiosklifecycle (screenshots)"},
    {"systemd-analyze", "systemd_unit_verify, systemd_unit_security"},
    {"awk", "appliance_files"},
    {"dpkg-deb", "appliance_files"},
    {"lintian", "deb_lintian"},
    {"speech-dispatcher", "tst_readaloud, tst_articlereadaloud, tst_screenreadaloud (support/speechdispatcher.h)"},
    {"sleep", "tst_readaloud, tst_articlereadaloud (the voice that never finishes)"},
    {"dbus-run-session", "atspi_audit"},
    {"dpkg-buildflags", "deb_lintian (packaging/build-deb.sh)"},
    {"cpack", "deb_lintian (packaging/build-deb.sh)"},
    {"dpkg-shlibdeps", "deb_lintian (CPack's dependency scan)"},
    {"/usr/lib/postgresql/15/bin/initdb", "tst_serverroles, tst_requestforwarding (tests/server/support/postgresserver.h)"},
    {"/usr/lib/postgresql/15/bin/pg_ctl", "tst_serverroles, tst_requestforwarding"},
    {"/usr/lib/postgresql/15/bin/postgres", "tst_serverroles, tst_requestforwarding (started by pg_ctl)"},
    {"/usr/lib/postgresql/15/bin/psql", "tst_serverroles, tst_requestforwarding, packaging/postgresql/carekiosk-server-setup.sh"},
    {"/usr/bin/openssl", "tst_requestforwarding (the throw-away CA)"},
    {"/sbin/runuser", "tests/server/support/postgresserver.h (the server as postgres when the tests run as root)"},
    {"clang++-14", "fuzz_smoke, packaging/dev.sh fuzz (tests/fuzz/run-fuzzers.sh)"},
    {"nice", "fuzz_smoke (tests/fuzz/run-fuzzers.sh)"},
    {"sha1sum", "fuzz_smoke (tests/fuzz/run-fuzzers.sh: seed names)"},
};

const QStringList debianProgramFolders = {
    QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/local/bin"), QStringLiteral("/usr/sbin"),
    QStringLiteral("/usr/bin"),       QStringLiteral("/sbin"),          QStringLiteral("/bin"),
};

QString sourceFile(const char *relative)
{
    return QStringLiteral(CAREKIOSK_SOURCE_DIR "/") + QLatin1String(relative);
}

QString runDpkgQuery(const QStringList &arguments)
{
    QProcess query;
    query.start(QStringLiteral("dpkg-query"), arguments);
    if (!query.waitForFinished(60'000) || query.exitStatus() != QProcess::NormalExit)
        return {};
    return QString::fromUtf8(query.readAllStandardOutput());
}

// The packages of packaging/debian-packages.txt with any of the given roles.
QStringList listedPackages(const QStringList &roles)
{
    QFile file(sourceFile("packaging/debian-packages.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList packages;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList words = line.split(QRegularExpression(QStringLiteral("\\s+")));
        for (const QString &role : roles) {
            if (words.mid(1).contains(role)) {
                packages.append(words.first());
                break;
            }
        }
    }
    return packages;
}

// Everything installed, as dpkg knows it: what each package needs, what it
// provides, and whether every Debian system has it anyway.
struct InstalledPackages
{
    QHash<QString, QStringList> needs;          // package -> names of what it depends on (any alternative)
    QHash<QString, QStringList> providers;      // virtual name -> installed packages providing it
    QSet<QString> onEverySystem;                // Essential: yes, or Priority: required (debootstrap's minbase)

    static InstalledPackages read()
    {
        InstalledPackages installed;
        const QString table = runDpkgQuery(
            {QStringLiteral("-W"),
             QStringLiteral("-f=${db:Status-Abbrev}\t${Package}\t${Essential}\t${Priority}\t${Pre-Depends}, ${Depends}\t${Provides}\n")});
        for (const QString &line : table.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.size() < 6 || !fields[0].startsWith(QLatin1String("ii")))
                continue;
            const QString &name = fields[1];
            if (fields[2] == QLatin1String("yes") || fields[3] == QLatin1String("required"))
                installed.onEverySystem.insert(name);
            installed.needs.insert(name, packageNames(fields[4]));
            for (const QString &provided : packageNames(fields[5]))
                installed.providers[provided].append(name);
        }
        return installed;
    }

    // "libc6 (>= 2.34), python3:any | python3-minimal" -> libc6, python3, python3-minimal
    static QStringList packageNames(const QString &relations)
    {
        QStringList names;
        for (QString part : relations.split(QRegularExpression(QStringLiteral("[,|]")), Qt::SkipEmptyParts)) {
            part = part.section(QLatin1Char('('), 0, 0).section(QLatin1Char('['), 0, 0).trimmed();
            part = part.section(QLatin1Char(':'), 0, 0);
            if (!part.isEmpty())
                names.append(part);
        }
        return names;
    }

    // The listed packages and everything they pull in.
    QSet<QString> closureOf(const QStringList &roots) const
    {
        QSet<QString> seen;
        QStringList pending = roots;
        while (!pending.isEmpty()) {
            const QString name = pending.takeLast();
            const QStringList candidates = needs.contains(name) ? QStringList{name} : providers.value(name);
            for (const QString &package : candidates) {
                if (seen.contains(package))
                    continue;
                seen.insert(package);
                pending.append(needs.value(package));
            }
        }
        return seen;
    }
};

// The package that installed `path`, trying the names dpkg may know it by:
// the path found on PATH, the file a link leads to (alternatives), and the
// same file under /bin or /usr/bin (Debian 12 merges the two).
QString owningPackage(const QString &path)
{
    QStringList candidates{path, QFileInfo(path).canonicalFilePath()};
    for (const QString &candidate : QStringList(candidates)) {
        if (candidate.startsWith(QLatin1String("/usr/bin/")))
            candidates.append(candidate.mid(4));
        else if (candidate.startsWith(QLatin1String("/bin/")))
            candidates.append(QStringLiteral("/usr") + candidate);
    }
    for (const QString &candidate : candidates) {
        const QString answer = runDpkgQuery({QStringLiteral("-S"), candidate});
        for (const QString &line : answer.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("diversion ")))
                continue;
            // "pkg: /path" or "pkg1, pkg2: /path"; an ":amd64" may follow a name.
            const QString owners = line.section(QStringLiteral(": "), 0, 0);
            return owners.section(QLatin1Char(','), 0, 0).section(QLatin1Char(':'), 0, 0).trimmed();
        }
    }
    return {};
}

// The programs systemd-analyze verify looks for: the first word of each
// Exec line of the unit, after its prefixes (-, @, :, +, !).
QList<QPair<QString, QString>> programsOfTheUnit()
{
    QList<QPair<QString, QString>> programs;
    QFile unit(sourceFile("packaging/systemd/carekiosk.service"));
    if (!unit.open(QIODevice::ReadOnly | QIODevice::Text))
        return programs;
    const QRegularExpression execLine(QStringLiteral("^(Exec[A-Za-z]*)=[-@:+!]*(\\S+)"));
    while (!unit.atEnd()) {
        const QRegularExpressionMatch match = execLine.match(QString::fromUtf8(unit.readLine()));
        if (match.hasMatch())
            programs.append({match.captured(2), QStringLiteral("systemd_unit_verify (%1 of the unit)").arg(match.captured(1))});
    }
    return programs;
}

} // namespace

class TestPackageList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dpkg-query")).isEmpty())
            QSKIP("not a Debian system: dpkg-query is missing");
        QVERIFY2(!listedPackages({QStringLiteral("test")}).isEmpty(), "packaging/debian-packages.txt has no test packages");
    }

    void packageNamesOfARelationField()
    {
        QCOMPARE(InstalledPackages::packageNames(QStringLiteral("libc6 (>= 2.34), python3:any | python3-minimal (<< 3.12), ")),
                 (QStringList{QStringLiteral("libc6"), QStringLiteral("python3"), QStringLiteral("python3-minimal")}));
    }

    void unitProgramsAreFound()
    {
        const QList<QPair<QString, QString>> programs = programsOfTheUnit();
        QStringList paths;
        for (const auto &program : programs)
            paths.append(program.first);
        QVERIFY2(paths.contains(QStringLiteral("/usr/bin/cage")), qPrintable(paths.join(QLatin1Char(' '))));
    }

    void everyProgramComesFromTheBuildAndTestRoles()
    {
        const InstalledPackages installed = InstalledPackages::read();
        QVERIFY2(!installed.needs.isEmpty(), "dpkg-query listed no installed package");
        const QStringList roots = listedPackages({QStringLiteral("build"), QStringLiteral("test")});
        const QSet<QString> installedByRoles = installed.closureOf(roots);

        QList<QPair<QString, QString>> programs = programsOfTheUnit();
        for (const ProgramUse &use : programsTheTestsCall)
            programs.append({QLatin1String(use.program), QLatin1String(use.usedBy)});

        QStringList problems;
        int checked = 0;
        for (const auto &[program, usedBy] : programs) {
            // Looked up where a plain Debian system has programs: not in a
            // language version manager's folders that this machine may have.
            const QString path = program.startsWith(QLatin1Char('/'))
                ? (QFileInfo(program).isExecutable() ? program : QString())
                : QStandardPaths::findExecutable(program, debianProgramFolders);
            if (path.isEmpty()) {
                problems.append(QStringLiteral("%1 (used by %2) is not installed: add the Debian package that has it "
                                               "to packaging/debian-packages.txt with the role \"test\"")
                                    .arg(program, usedBy));
                continue;
            }
            const QString package = owningPackage(path);
            ++checked;
            if (package.isEmpty()) {
                problems.append(QStringLiteral("%1 (used by %2) belongs to no Debian package: it was installed by hand; "
                                               "list the package that has it with the role \"test\"")
                                    .arg(path, usedBy));
            } else if (!installedByRoles.contains(package) && !installed.onEverySystem.contains(package)) {
                problems.append(QStringLiteral("%1 (used by %2) comes from the package %3, which the roles \"build\" and "
                                               "\"test\" of packaging/debian-packages.txt don't install: give %3 the "
                                               "role \"test\" there")
                                    .arg(path, usedBy, package));
            }
        }
        qInfo().noquote() << checked << "programs checked against" << roots.size() << "listed packages ("
                          << installedByRoles.size() << "with their dependencies)";
        QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestPackageList)
#include "tst_packagelist.moc"

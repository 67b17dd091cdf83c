// The generated project's `mvn verify` passed: check that its tests did run, that it packaged,
// and that docs/getting-started.md still shows the POM it was generated with.
// maven-script-interpreter binds the archetype plugin's variables under `context`; `basedir` is
// this directory, copied to fn-spring-archetype/target/test-classes/projects/basic.
def projectDir = context.projectDir

def reports = new File(projectDir, 'target/surefire-reports')
def suites = reports.listFiles({ it.name.startsWith('TEST-') && it.name.endsWith('.xml') } as FileFilter)
assert suites != null && suites.length == 4 : "expected the reports of 4 test classes in ${reports}"
int tests = suites.sum { Integer.parseInt((it.text =~ /<testsuite[^>]*\stests="(\d+)"/)[0][1]) }
assert tests >= 18 : "only ${tests} tests ran"

def zip = new File(projectDir, 'target/fn/aliyun.zip')
assert zip.isFile() : "missing ${zip}"

def guide = new File(basedir, '../../../../../docs/getting-started.md').canonicalFile
assert guide.isFile() : "missing ${guide}"
def shown = (guide.text =~ /(?s)## Adding the Starter.*?```xml\n(.*?)\n```/)[0][1]
def generated = new File(projectDir, 'pom.xml').text.trim()
assert shown == generated : "the pom.xml in ${guide.name} differs from the generated ${projectDir}/pom.xml"

println "Generated project: ${tests} tests passed, ${zip.name} written, ${guide.name} shows its pom.xml"
return true

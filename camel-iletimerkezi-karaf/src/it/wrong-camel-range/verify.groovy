// The build failed (invoker.properties); it must have failed because nothing exports Camel at the bundle's range.
def log = new File(basedir, 'build.log').text
def jar = new File(basedir, 'target').listFiles().find { it.name.endsWith('.jar') }
def imports = new java.util.jar.JarFile(jar).manifest.mainAttributes.getValue('Import-Package')
assert imports.contains('org.apache.camel;version="[4.22,4.23)"') : 'the bundle does not import Camel at [4.22,4.23)'
assert log.contains('Feature resolution failed for [camel-iletimerkezi/')
assert log =~ /missing requirement \[io\.github\.cameliletimerkezi\.camel-iletimerkezi\/[^\]]*\] osgi\.wiring\.package; filter:="\(&\(osgi\.wiring\.package=org\.apache\.camel[.a-z]*\)\(version>=4\.22\.0\)\(!\(version>=4\.23\.0\)\)\)"/
return true

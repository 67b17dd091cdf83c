# Terraform description of {{project}} for Huawei Cloud FunctionGraph, written by
# fn-spring-maven-plugin. Every exported function becomes one function in FunctionGraph's
# built-in Java runtime. huawei.zip is uploaded once, to an OBS bucket created here, and every
# function takes its code from there. fn-spring serves a function by its name, so keep each
# name equal to its exported name.
#
# Credentials come from the environment (HW_ACCESS_KEY, HW_SECRET_KEY). Then, from this
# directory, with a bucket name no one uses yet (OBS bucket names are global):
#   terraform init
#   terraform apply -var code_bucket=<bucket name>
# See docs/deploy.md of fn-spring.

terraform {
  required_providers {
    huaweicloud = {
      source = "huaweicloud/huaweicloud"
    }
  }
}

variable "region" {
  description = "The region of every function and of the code bucket."
  type        = string
  # UNVERIFIED: that java_runtime is offered in this region. FunctionGraph's console lists the
  # runtimes of each region; choose one that offers Java 17.
  default = "cn-north-4"
}

variable "java_runtime" {
  description = "FunctionGraph's built-in Java runtime that runs the functions: Java 17 or later."
  type        = string
  # UNVERIFIED: the name, by analogy with Java8 and Java11, which the provider documents; if
  # terraform apply rejects it, use the name FunctionGraph's console shows.
  default = "Java17"
}

variable "code_bucket" {
  description = "The OBS bucket that holds the package, created here: a name no one uses yet."
  type        = string
}

variable "agency" {
  description = "An agency for the functions, if they call other cloud services; null for none."
  type        = string
  # UNVERIFIED: whether FunctionGraph needs an agency that may read OBS to fetch the code
  # from a private bucket of the same account. If creating the functions fails on access to
  # the package, give them an agency with OBS read access here.
  default = null
}

provider "huaweicloud" {
  region = var.region
}

locals {
  package = "${path.module}/huawei.zip"
}

resource "huaweicloud_obs_bucket" "code" {
  bucket = var.code_bucket
  acl    = "private"
}

# The package, once for all functions. Its key carries the package's MD5, so that a new build
# is a new object: the functions' code_url changes, and FunctionGraph takes the new code.
resource "huaweicloud_obs_bucket_object" "package" {
  bucket       = huaweicloud_obs_bucket.code.bucket
  key          = "{{project}}/huawei-${filemd5(local.package)}.zip"
  source       = local.package
  content_type = "application/zip"

  # The functions move to the new package before the old one is deleted.
  lifecycle {
    create_before_destroy = true
  }
}
{{#functions}}

resource "huaweicloud_fgs_function" "{{function}}" {
  name        = "{{function}}"
  description = "{{function}} of {{project}}, served by fn-spring"
  app         = "default"
  runtime     = var.java_runtime
  handler     = "io.github.fnspring.huawei.FunctionGraphHandler.handleRequest"
  memory_size = {{memory}}
  timeout     = {{timeout}}
  agency      = var.agency

  # The JVM's options are the runtime's, not the package's. FunctionGraph's open-source
  # counterpart starts Java with ZGC, AlwaysPreTouch and a heap as large as the function's
  # memory: a 128 MB function cannot hold that and is killed for lack of memory. The JVM reads
  # _JAVA_OPTIONS after the runtime's own options, so this gives it fn-spring's: serial GC,
  # half the memory for the heap. UNVERIFIED: that the built-in runtime puts the function's
  # environment variables into its JVM's environment; if it does not, this changes nothing,
  # and huawei-custom.zip (a custom runtime, whose bootstrap chooses the options) is the way
  # to run a 128 MB function. The heap is half of memory_size as built: change both together.
  # The JVM prints "Picked up _JAVA_OPTIONS" at start, and Java processes the function starts
  # inherit the variable. Add the application's own variables to this map: Terraform owns it,
  # and replaces variables set in the console.
  user_data = jsonencode({
    _JAVA_OPTIONS = "{{builtInJavaOptions}}"
  })

  # Starts Spring Boot once per instance, before the first call. Seconds, 1 to 300.
  initializer_handler = "io.github.fnspring.huawei.FunctionGraphHandler.initialize"
  initializer_timeout = 60

  code_type = "obs"
  code_url  = format("https://%s/%s", huaweicloud_obs_bucket.code.bucket_domain_name, huaweicloud_obs_bucket_object.package.key)

  # The provider creates v2 functions where the region offers them. Pin it if you like:
  # functiongraph_version = "v2"
  # "Include Keys": FunctionGraph sends the function's temporary credentials (with an agency)
  # in the X-CFF-Security-Access-Key, X-CFF-Security-Secret-Key and X-CFF-Security-Token
  # request headers of HTTP functions and container images only when this is on (provider
  # 1.74.0 or later). The built-in runtime hands them over in its Context either way; it is
  # on so that a function deployed from huawei-custom.zip gets them too.
  enable_auth_in_header = true
  # Runs the application's FnPreStopHandlers before an instance stops (seconds, 1 to 90);
  # the argument names are those of recent provider versions, check yours:
  # pre_stop_handler = "io.github.fnspring.huawei.FunctionGraphHandler.preStop"
  # pre_stop_timeout = 30
  # Collect the logs in LTS (newer provider versions):
  # enable_lts_log = true
}
{{/functions}}
